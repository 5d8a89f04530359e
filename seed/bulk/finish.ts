// After neo4j-admin has written the store and Neo4j has started on it: the schema every writer
// applies (the seed loader's constraints and indexes, the accounts' and the import audit's), the
// system accounts the revisions name, the one field the importer cannot write, waiting until
// every index is online (a line of progress every few seconds), and then the values with line
// breaks the writer kept out of neo4j-admin's files.
import fs from 'node:fs';
import readline from 'node:readline';
import { ensureAccountsSchema } from '../../server/accounts/users';
import { applySchema, statement } from '../../server/cypher';
import type { Db } from '../../server/db';
import { ensureSchema } from '../loader/write';

const POLL_MS = 5_000;
/** Deferred values per statement: at most a few MB of article text per transaction. */
const DEFERRED_BATCH = 50;

/** Sets the values with line breaks that the import left out (BulkFiles.deferred), a batch per transaction. */
export async function applyDeferred(db: Db, file: string, log: (line: string) => void): Promise<number> {
  if (!fs.existsSync(file)) return 0;
  const pending = new Map<string, Record<string, unknown>[]>();
  let total = 0;
  const flush = async (kind: string): Promise<void> => {
    const rows = pending.get(kind) ?? [];
    if (rows.length === 0) return;
    pending.set(kind, []);
    const [result] = await db.write(statement(`bulk/deferred-${kind}`, { rows }));
    if (Number(result?.set ?? 0) !== rows.length) throw new Error(`Set ${String(result?.set)} of ${rows.length} deferred ${kind} values: some records were not imported`);
    total += rows.length;
  };
  for await (const text of readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    if (text === '') continue;
    const { kind, ...row } = JSON.parse(text) as { kind: string } & Record<string, unknown>;
    const rows = pending.get(kind) ?? [];
    rows.push(row);
    pending.set(kind, rows);
    if (rows.length >= DEFERRED_BATCH) await flush(kind);
  }
  for (const kind of [...pending.keys()]) await flush(kind);
  if (total > 0) log(`Set ${total} values with line breaks (article texts) after the import.`);
  return total;
}

export interface FinishTimings { schemaMs: number; indexesMs: number; indexes: number }

export async function finishBulkStore(db: Db, log: (line: string) => void, opts: { timeoutMs?: number; deferred?: string } = {}): Promise<FinishTimings> {
  const started = Date.now();
  // neo4j-admin wrote the store from the bulk writer's files, whose Evidence rows carry sourceId.
  const statements = await ensureSchema(db, { evidenceSourced: true });
  await ensureAccountsSchema(db);
  await applySchema(db, ['import/audit-schema']);
  const [fixed] = await db.write(statement('bulk/empty-aliases', {}));
  const schemaMs = Date.now() - started;
  log(`Schema: ${statements} constraint and index statements applied; ${String(fixed?.fixed ?? 0)} entities given an empty alias list.`);
  const deadline = Date.now() + (opts.timeoutMs ?? 60 * 60_000);
  let indexes = 0;
  for (;;) {
    const rows = await db.read(statement('bulk/index-progress', {}));
    indexes = rows.length;
    const waiting = rows.filter((r) => r.state !== 'ONLINE');
    const failed = rows.filter((r) => r.state === 'FAILED');
    if (failed.length > 0) throw new Error(`Index population failed: ${failed.map((r) => String(r.name)).join(', ')} (see the Neo4j debug log)`);
    if (waiting.length === 0) break;
    if (Date.now() > deadline) throw new Error(`Indexes still populating after ${Math.round((opts.timeoutMs ?? 0) / 1000)} s: ${waiting.map((r) => String(r.name)).join(', ')}`);
    const shown = waiting.slice(0, 6).map((r) => `${String(r.name)} ${Number(r.percent ?? 0).toFixed(0)}%`).join(', ');
    log(`Indexes: ${rows.length - waiting.length} of ${rows.length} online; populating ${shown}${waiting.length > 6 ? ', …' : ''} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const indexesMs = Date.now() - started - schemaMs;
  log(`All ${indexes} indexes online in ${(indexesMs / 1000).toFixed(0)} s.`);
  // After the indexes, which find each record by id.
  if (opts.deferred) await applyDeferred(db, opts.deferred, log);
  return { schemaMs, indexesMs, indexes };
}
