// GET /export/graph.graphml, /export/relationships.csv and /export/graph.json: the whole graph,
// or the part a LinkFilter keeps (query parameters, see docs/exports.md), streamed as a download.
// Errors are answered as /graphql answers them, { errors: [{ message, extensions: { code, … } }] },
// through the same formatter, so a client reads both the same way.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request, Response, Router } from 'express';
import { GraphQLError } from 'graphql';
import { createFormatError } from '../app/format-error';
import { requestRecord } from '../app/request-log';
import type { Db } from '../db';
import { ErrorCode, retryAfterOf } from '../errors';
import type { Logger } from '../logging';
import { bufferChunks } from './chunks';
import { csvExport } from './csv';
import { parseExportFilter } from './filter';
import { graphmlExport } from './graphml';
import { jsonExport } from './json';
import { readExportData } from './reader';
import type { ExportData } from './types';

export interface ExportFormat {
  path: string;
  contentType: string;
  filename: string;
  serialise: (data: ExportData) => AsyncIterable<string>;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { path: '/export/graph.graphml', contentType: 'application/graphml+xml; charset=utf-8', filename: 'linkage-graph.graphml', serialise: graphmlExport },
  { path: '/export/relationships.csv', contentType: 'text/csv; charset=utf-8', filename: 'linkage-relationships.csv', serialise: (d) => csvExport(d.relationships()) },
  { path: '/export/graph.json', contentType: 'application/json; charset=utf-8', filename: 'linkage-graph.json', serialise: jsonExport },
];

// Every failure is logged by the route before it is answered, so the formatter need not log again.
const formatError = createFormatError(() => undefined);

const STATUS: Partial<Record<string, number>> = { [ErrorCode.BAD_USER_INPUT]: 400, [ErrorCode.SERVICE_UNAVAILABLE]: 503 };

/** Anything but one of our GraphQLErrors becomes INTERNAL_SERVER_ERROR (HTTP 500) with a fixed message, as in the API. */
function sendError(res: Response, error: unknown): void {
  const formatted = formatError(error instanceof GraphQLError ? error.toJSON() : { message: String(error) }, error);
  const code = formatted.extensions?.code;
  if (typeof code === 'string') requestRecord(res).errorCodes.push(code);
  const retryAfter = retryAfterOf(error);
  if (retryAfter !== undefined) res.setHeader('Retry-After', retryAfter);
  res.status((typeof code === 'string' ? STATUS[code] : undefined) ?? 500).json({ errors: [formatted] });
}

async function* prepend(first: string, rest: AsyncIterator<string>): AsyncGenerator<string> {
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

async function handle(format: ExportFormat, db: Db, logger: Logger, req: Request, res: Response): Promise<void> {
  requestRecord(res).operation = format.filename;
  const parsed = parseExportFilter(new URL(req.originalUrl, 'http://localhost').searchParams);
  if (!parsed.ok) return sendError(res, parsed.error);
  const chunks = bufferChunks(format.serialise(readExportData(db, parsed.filter)))[Symbol.asyncIterator]();
  let first: IteratorResult<string>;
  try {
    // The first chunk comes after the first database read, so a database that is down still gets a clean error.
    first = await chunks.next();
  } catch (err) {
    // An outage is already in the log once, as the breaker's line, and in this request's line.
    if (!(err instanceof GraphQLError && err.extensions.code === ErrorCode.SERVICE_UNAVAILABLE)) logger.error({ err, path: format.path }, 'export failed');
    return sendError(res, err);
  }
  res.status(200);
  res.setHeader('Content-Type', format.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${format.filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  try {
    await pipeline(Readable.from(first.done ? [] : prepend(first.value, chunks)), res);
  } catch (err) {
    // Headers are gone: the only honest signal left is a cut connection, which browsers show as a failed download.
    logger.error({ err, path: format.path }, 'export stopped part-way');
    res.destroy(err instanceof Error ? err : new Error(String(err)));
  }
  return undefined;
}

/** Adds the export routes to the server's app (or any Express router). */
export function mountExportRoutes(app: Pick<Router, 'get'>, deps: { db: Db; logger: Logger }): void {
  for (const format of EXPORT_FORMATS) {
    app.get(format.path, (req, res, next) => {
      handle(format, deps.db, deps.logger, req, res).catch(next);
    });
  }
}
