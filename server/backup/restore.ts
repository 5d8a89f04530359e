// `npm run restore FILE`: a backup back into an empty database. The file is read through once and
// checked whole (gzip, every line and value, the order, the counts, the checksum) before anything
// is written, so a damaged or edited file changes nothing. Then: the schema, restore's own index,
// the nodes in batches, the relationships in batches, restore's marks removed, the counts checked.
//
// Each batch is one write transaction that also moves a progress node on (restore-nodes.cypher),
// so the driver may retry it after a commit it did not hear of without writing it twice. A
// restore that stops half-way leaves its nodes marked with restore's label, and the database is
// then not empty: a second restore refuses it and says so.
import { statement } from '../cypher';
import type { Db } from '../db';
import { int } from '../db';
import { countsDiffer, PROGRESS_LABEL, RESTORE_LABEL } from './format';
import type { Counts, Header, NodeRecord, RelationshipRecord } from './format';
import { checkBackup, readBackup } from './read';
import { readCounts, restoreSchema } from './schema';
import { ensureTallies } from '../tally';

export interface RestoreOptions {
  /** Records per write transaction (default 1000). */
  batchSize?: number;
  log?: (line: string) => void;
}

export interface RestoreSummary { header: Header; counts: Counts; schemaCreated: string[]; seconds: number }

/** The database is not empty: nothing was written. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

/** The restore began writing and stopped: the database holds part of the file. */
export class RestoreFailedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RestoreFailedError';
  }
}

async function refuseUnlessEmpty(db: Db): Promise<void> {
  const [row] = await db.read(statement('backup/restore-state', {}));
  const nodes = Number(row?.nodes ?? 0);
  if (nodes === 0) return;
  const partial = Number(row?.partial ?? 0) > 0;
  throw new RestoreRefusedError(partial
    ? `The database holds ${nodes} nodes left by a restore that did not finish (they carry the label ${RESTORE_LABEL} or ${PROGRESS_LABEL}). Empty it first (see docs/operations.md, "Backups and restores"), then restore again.`
    : `The database is not empty (${nodes} nodes): restore only writes into an empty one, so that nothing is mixed or overwritten. Empty it first (see docs/operations.md, "Backups and restores").`);
}

const CLEAR_BATCH = 10_000;

class Batches {
  private batch = 0;
  constructor(private readonly db: Db) {}

  /** Writes one batch; 0 created means this batch number committed before (a retried commit). */
  async write(name: 'backup/restore-nodes' | 'backup/restore-relationships', rows: Record<string, unknown>[]): Promise<void> {
    this.batch += 1;
    const batch = this.batch;
    await this.db.transaction('WRITE', async (tx) => {
      const run = this.db.runner(tx);
      const [row] = await run(statement(name, { batch: int(batch), rows }));
      const created = Number(row?.created ?? 0);
      if (created === rows.length) return;
      const [progress] = await run(statement('backup/restore-begin', {}));
      if (created === 0 && Number(progress?.done ?? 0) >= batch) return;
      // Thrown inside the transaction, so this batch is rolled back whole.
      throw new Error(name === 'backup/restore-relationships'
        ? `${rows.length - created} of the relationships in batch ${batch} name an end node the file does not hold`
        : `batch ${batch} wrote ${created} of ${rows.length} nodes`);
    });
  }
}

const nodeRow = (n: NodeRecord): Record<string, unknown> => ({ id: n.id, labels: n.labels, props: n.props });
const relationshipRow = (r: RelationshipRecord): Record<string, unknown> => ({ id: r.id, type: r.type, start: r.start, end: r.end, props: r.props });

async function writeGraph(db: Db, file: string, size: number, done: Counts): Promise<void> {
  const batches = new Batches(db);
  let rows: Record<string, unknown>[] = [];
  let kind: 'node' | 'relationship' = 'node';
  const flush = async (): Promise<void> => {
    if (rows.length === 0) return;
    await batches.write(kind === 'node' ? 'backup/restore-nodes' : 'backup/restore-relationships', rows);
    if (kind === 'node') done.nodes += rows.length;
    else done.relationships += rows.length;
    rows = [];
  };
  for await (const line of readBackup(file)) {
    if (line.kind !== 'node' && line.kind !== 'relationship') continue;
    if (line.kind !== kind) {
      await flush();
      kind = line.kind;
    }
    rows.push(line.kind === 'node' ? nodeRow(line.node) : relationshipRow(line.relationship));
    if (rows.length >= size) await flush();
  }
  await flush();
}

async function clearRestoreMarks(db: Db): Promise<void> {
  for (;;) {
    const [row] = await db.write(statement('backup/restore-clear', { size: int(CLEAR_BATCH) }));
    if (Number(row?.cleared ?? 0) < CLEAR_BATCH) break;
  }
  await db.write(statement('backup/restore-finish', {}));
  await db.write(statement('backup/restore-drop-index', {}));
}

export async function restoreDatabase(db: Db, file: string, opts: RestoreOptions = {}): Promise<RestoreSummary> {
  const started = Date.now();
  const log = opts.log ?? (() => undefined);
  await refuseUnlessEmpty(db);
  log(`Checking ${file}…`);
  const { header, schema } = await checkBackup(file);
  log(`The file is whole: ${header.counts.nodes} nodes and ${header.counts.relationships} relationships, taken ${header.createdAt} from Neo4j ${header.neo4j.version} ${header.neo4j.edition}.`);
  await refuseUnlessEmpty(db);
  const done: Counts = { nodes: 0, relationships: 0, labels: {}, types: {} };
  let schemaCreated: string[] = [];
  try {
    schemaCreated = await restoreSchema(db, schema);
    await db.write(statement('backup/restore-index', {}));
    await db.write(statement('schema/await-indexes', { seconds: int(600) }));
    await db.write(statement('backup/restore-begin', {}));
    await writeGraph(db, file, opts.batchSize ?? 1000, done);
    log(`Wrote ${done.nodes} nodes and ${done.relationships} relationships; removing restore's marks and waiting for the indexes…`);
    await clearRestoreMarks(db);
    await db.write(statement('schema/await-indexes', { seconds: int(3600) }));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new RestoreFailedError(`The restore stopped after writing ${done.nodes} of ${header.counts.nodes} nodes and ${done.relationships} of ${header.counts.relationships} relationships: ${why}\nThe database now holds part of the backup (its nodes carry the label ${RESTORE_LABEL}, and a ${PROGRESS_LABEL} node counts the batches written); empty it and restore again (docs/operations.md, "Backups and restores").`, { cause: err });
  }
  const counts = await readCounts((stmt) => db.read(stmt));
  const differ = countsDiffer(header.counts, counts, 'the file says');
  if (differ) throw new RestoreFailedError(`The restored database holds ${differ}; it is not a faithful copy. Empty it and restore again.`);
  // A backup made before the kept tallies has none: counted here, after the copy is checked whole.
  await ensureTallies(db);
  return { header, counts, schemaCreated, seconds: (Date.now() - started) / 1000 };
}
