// `npm run backup`: the whole graph into one gzip'd JSON-lines file (format.ts), streamed from one
// read transaction straight into the file, so memory holds a few thousand records, not the graph.
//
// Consistency. Neo4j Community has no snapshot, and its read transactions are read-committed: a
// write that commits while the dump runs may show in part. So the dump is bracketed by two
// bookmarks (Db.lastCommitted: they name the last committed transaction) and its nodes and
// relationships are counted against counts taken at its start; when either differs, something
// was written meanwhile, and the dump is thrown away and taken again, up to `tries` times.
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { statement } from '../cypher';
import type { Db } from '../db';
import { backupFileName, countsDiffer, emptyCounts, FORMAT, FORMAT_VERSION } from './format';
import type { Counts, Header, Line, SchemaItem } from './format';
import { readCounts, readSchema } from './schema';
import { encodeProps } from './values';

export interface BackupOptions {
  /** The folder the file goes into (created when missing). */
  outDir: string;
  /** How many times to take the dump when writes keep changing the graph (default 3). */
  tries?: number;
  now?: () => Date;
  log?: (line: string) => void;
  /** Called inside the read transaction between the nodes and the relationships: a test's window to write. */
  betweenParts?: () => Promise<void>;
}

export interface BackupSummary {
  file: string;
  bytes: number;
  seconds: number;
  counts: Counts;
  schema: SchemaItem[];
  tries: number;
}

/** The graph kept changing while it was read; nothing was kept. */
export class BackupInconsistentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupInconsistentError';
  }
}

interface Dumped { header: Counts; seen: Counts; schema: SchemaItem[] }

const str = (v: unknown): string => String(v);

async function* lines(header: Header, schema: SchemaItem[], records: { nodes: AsyncIterable<Neo4jRecord>; relationships: () => AsyncIterable<Neo4jRecord> }, seen: Counts, between: () => Promise<void>): AsyncGenerator<string> {
  const hash = createHash('sha256');
  const out = (line: Line): string => {
    const text = `${JSON.stringify(line)}\n`;
    hash.update(text);
    return text;
  };
  yield out({ header });
  for (const item of schema) yield out({ schema: item });
  for await (const rec of records.nodes) {
    const id = str(rec.get('id'));
    const labels = (rec.get('labels') as unknown[]).map(str);
    seen.nodes += 1;
    for (const label of labels) seen.labels[label] = (seen.labels[label] ?? 0) + 1;
    yield out({ n: [id, labels, encodeProps(rec.get('props') as Record<string, unknown>, `node ${id}`)] });
  }
  await between();
  for await (const rec of records.relationships()) {
    const id = str(rec.get('id'));
    const type = str(rec.get('type'));
    seen.relationships += 1;
    seen.types[type] = (seen.types[type] ?? 0) + 1;
    yield out({ r: [id, type, str(rec.get('start')), str(rec.get('end')), encodeProps(rec.get('props') as Record<string, unknown>, `relationship ${id}`)] });
  }
  // The checksum covers every line before this one.
  yield `${JSON.stringify({ end: { nodes: seen.nodes, relationships: seen.relationships, sha256: hash.digest('hex') } } satisfies Line)}\n`;
}

async function dumpOnce(db: Db, file: string, base: Omit<Header, 'counts' | 'bookmarks'>, bookmarks: string[], between: () => Promise<void>): Promise<Dumped> {
  const schema = await readSchema((stmt) => db.read(stmt));
  // The driver runs this again from the start if the transaction fails on a transient error; the
  // file is then written again from its first line.
  return db.transaction('READ', async (tx) => {
    const run = db.runner(tx);
    const counts = await readCounts(run);
    const seen = emptyCounts();
    const nodes = statement('backup/nodes', {});
    const relationships = statement('backup/relationships', {});
    const header: Header = { ...base, bookmarks, counts };
    const records = { nodes: tx.run(nodes.cypher, nodes.params), relationships: () => tx.run(relationships.cypher, relationships.params) };
    await pipeline(lines(header, schema, records, seen, between), createGzip(), createWriteStream(file));
    return { header: counts, seen, schema };
  });
}

async function describeNeo4j(db: Db): Promise<Header['neo4j']> {
  const rows = await db.read(statement('backup/components', {}));
  const kernel = rows.find((r) => r.name === 'Neo4j Kernel') ?? rows[0];
  return { version: String(kernel?.version ?? 'unknown'), edition: String(kernel?.edition ?? 'unknown') };
}

export async function backupDatabase(db: Db, opts: BackupOptions): Promise<BackupSummary> {
  const started = (opts.now ?? (() => new Date()))();
  const tries = opts.tries ?? 3;
  const log = opts.log ?? (() => undefined);
  const file = path.join(opts.outDir, backupFileName(started));
  if (existsSync(file)) throw new Error(`${file} exists already; wait a second, or give another --out`);
  await mkdir(opts.outDir, { recursive: true });
  // Written under another name and renamed when whole, so a file with the final name is always complete.
  const partial = `${file}.partial`;
  const base = { format: FORMAT, version: FORMAT_VERSION, createdAt: started.toISOString(), neo4j: await describeNeo4j(db), database: db.database ?? null } as const;
  const lastCommitted = async (): Promise<string[]> => db.lastCommitted(statement('backup/last-committed', {}));
  try {
    for (let attempt = 1; attempt <= tries; attempt += 1) {
      const before = await lastCommitted();
      const dumped = await dumpOnce(db, partial, base, before, opts.betweenParts ?? (() => Promise.resolve()));
      const after = await lastCommitted();
      const changed = before.join(' ') !== after.join(' ')
        ? 'a transaction committed while it was read'
        : countsDiffer(dumped.header, dumped.seen, 'its start counted');
      if (!changed) {
        await rename(partial, file);
        const { size } = await stat(file);
        return { file, bytes: size, seconds: (Date.now() - started.getTime()) / 1000, counts: dumped.seen, schema: dumped.schema, tries: attempt };
      }
      log(`The graph changed during the dump (${changed})${attempt < tries ? `; dumping it again (try ${attempt + 1} of ${tries})` : ''}.`);
    }
  } finally {
    await rm(partial, { force: true });
  }
  throw new BackupInconsistentError(`The graph changed during each of ${tries} dumps, so no consistent backup was written. Stop what writes to it (npm start, imports, editors) or back up at a quieter time.`);
}
