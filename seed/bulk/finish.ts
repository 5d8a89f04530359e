// After neo4j-admin has written the store and Neo4j has started on it: the schema every writer
// applies (the seed loader's constraints and indexes, the accounts' and the import audit's), the
// system accounts the revisions name, the one field the importer cannot write, and then waiting
// until every index is online, with a line of progress every few seconds.
import { ensureAccountsSchema } from '../../server/accounts/users';
import { applySchema, statement } from '../../server/cypher';
import type { Db } from '../../server/db';
import { ensureSchema } from '../loader/write';

const POLL_MS = 5_000;

export interface FinishTimings { schemaMs: number; indexesMs: number; indexes: number }

export async function finishBulkStore(db: Db, log: (line: string) => void, opts: { timeoutMs?: number } = {}): Promise<FinishTimings> {
  const started = Date.now();
  const statements = await ensureSchema(db);
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
  return { schemaMs, indexesMs, indexes };
}
