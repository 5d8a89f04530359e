// One log line and one metrics observation per HTTP request, when its answer has been sent:
// request id, method, path (never the query string: GET /graphql carries the query and its
// variables there), route, status, duration, and for GraphQL the operation name, the error codes
// answered and the signed-in account's id. Nothing from headers or bodies is logged.
import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { viewerOf } from '../accounts';
import type { Logger } from '../logging';
import type { Metrics } from '../metrics';
import type { Context } from '../resolvers';

export interface RequestRecord {
  id: string;
  /** GraphQL: the operation's name (null for an anonymous one); an export: its file name. */
  operation: string | null;
  /** extensions.code of every error answered, in order. */
  errorCodes: string[];
  userId: string | null;
}

const RECORD = Symbol('linkage request record');
/** An incoming X-Request-Id is kept when it looks like an id (a proxy's), so lines can be followed across hops. */
const INCOMING_ID = /^[A-Za-z0-9._:-]{1,64}$/;
const MAX_PATH = 200;

/** This request's record; routes add what they know (an export its code, the accounts layer a user). */
export function requestRecord(res: Response): RequestRecord {
  const locals = res.locals as { [RECORD]?: RequestRecord };
  locals[RECORD] ??= { id: randomUUID(), operation: null, errorCodes: [], userId: null };
  return locals[RECORD];
}

// Keyed by the context's request state, not the context: Apollo hands plugins a shallow copy of
// the context object, which keeps the same `request`.
const byRequest = new WeakMap<Context['request'], RequestRecord>();

/** Ties a GraphQL context to its request's record, so that the plugin below can fill it in. */
export function recordContext(ctx: Context, res: Response): Context {
  byRequest.set(ctx.request, requestRecord(res));
  return ctx;
}

export function routeOf(path: string): string {
  if (path === '/graphql') return 'graphql';
  if (path.startsWith('/export/')) return 'export';
  if (path === '/healthz' || path === '/readyz') return 'health';
  if (path === '/metrics') return 'metrics';
  return 'page';
}

export function requestLog(logger: Logger, metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    const record = requestRecord(res);
    const incoming = req.get('x-request-id');
    if (incoming && INCOMING_ID.test(incoming)) record.id = incoming;
    res.setHeader('X-Request-Id', record.id);
    // Read now: routers mounted on a path rewrite req.url (and so req.path) while they run.
    const fullPath = req.path;
    const path = fullPath.length > MAX_PATH ? `${fullPath.slice(0, MAX_PATH)}…` : fullPath;
    const route = routeOf(fullPath);
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      // The sign-in gate's viewer covers the exports too; GraphQL's context says the same.
      record.userId ??= viewerOf(res)?.id ?? null;
      const status = res.statusCode;
      const operation = route === 'graphql' ? metrics.operationLabel(record.operation) : route === 'export' ? (record.operation ?? '') : '';
      metrics.requestDuration.observe({ route, operation, status: String(status) }, seconds);
      for (const code of record.errorCodes) metrics.errors.inc({ route, code });
      const line = {
        reqId: record.id,
        method: req.method,
        path,
        route,
        status,
        durationMs: Math.round(seconds * 10_000) / 10,
        ...(record.operation !== null ? { operation: record.operation } : {}),
        ...(record.errorCodes[0] !== undefined ? { errorCode: record.errorCodes[0] } : {}),
        ...(new Set(record.errorCodes).size > 1 ? { errorCodes: [...new Set(record.errorCodes)] } : {}),
        ...(record.userId !== null ? { userId: record.userId } : {}),
      };
      if (status === 500) logger.error(line, 'request');
      else if (status >= 500) logger.warn(line, 'request');
      else logger.info(line, 'request');
    });
    next();
  };
}

/** Fills the request record from Apollo's view: the resolved operation name, the error codes, the user. */
export function requestRecordPlugin(): ApolloServerPlugin<Context> {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ contextValue, operationName, response }) => {
        const record = byRequest.get(contextValue.request);
        if (!record) return;
        record.operation = operationName ?? null;
        record.userId = contextValue.request.user?.id ?? null;
        if (response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) {
          const code = error.extensions?.code;
          record.errorCodes.push(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
        }
      },
    }),
  };
}
