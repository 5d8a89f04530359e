// The seed's and the import's writer: records go through server/revisions a batch at a time, each
// batch one transaction that reads the records and their version stamps, decides, applies the
// records and records their revisions, so a record and the revision describing it commit together
// and `before` is exactly what the transaction replaced. A record that would not change writes
// nothing, so a rerun adds no revision.
import type { RecordKind } from '#vocabulary/editing';
import type { Db } from '../../server/db';
import { applyRecords, NO_RECORDS, newRevisionId, readRecords, recordRevisions, sameRecord } from '../../server/revisions';
import type { AnyRecord, NewRevision, RecordBatch, RecordOf, RelationshipRecord, StoredRecord } from '../../server/revisions';
import { BATCH_SIZE } from './write';
import type { Run } from '../../server/db';

export interface ReviseOptions {
  authorId: string;
  at: Date;
  reason: (kind: RecordKind, id: string) => string | null;
  importRunId?: string | null;
  /** The seed's rule: leave a record whose current revision another account wrote, and report it. */
  leaveOthersEdits: boolean;
}

/** A record the seed left alone because someone else's revision is its current one. */
export interface SkippedRecord { kind: RecordKind; id: string; version: number; revisedBy: string; revisedAt: string | null }

export interface WrittenRecord { kind: RecordKind; before: AnyRecord | null; after: AnyRecord; revision: NewRevision }

export interface BatchResult { kind: RecordKind; written: WrittenRecord[]; unchanged: number; skipped: SkippedRecord[] }

export const LIST_OF: { [K in RecordKind]: keyof RecordBatch } = { source: 'sources', entity: 'entities', relationship: 'relationships' };
const KINDS: readonly RecordKind[] = ['source', 'entity', 'relationship'];

type Decision = 'write' | 'unchanged' | 'skip';

function decide<K extends RecordKind>(kind: K, record: RecordOf[K], stored: StoredRecord<K> | undefined, opts: ReviseOptions): Decision {
  if (!stored) return 'write';
  const { version, revisedBy } = stored.stamp;
  // A record loaded before revisions existed (version 0, by nobody) is the seed's and gets its first revision.
  if (version === 0) return 'write';
  if (sameRecord(kind, stored.record, record)) return 'unchanged';
  return opts.leaveOthersEdits && revisedBy !== opts.authorId ? 'skip' : 'write';
}

/** One batch of one kind on an open transaction; `ids` are the revision ids made before it began. */
export async function reviseBatch<K extends RecordKind>(run: Run, kind: K, records: readonly RecordOf[K][], ids: ReadonlyMap<string, string>, opts: ReviseOptions): Promise<BatchResult> {
  const refs = records.map((r) => (kind === 'relationship' ? { id: r.id, from: (r as RelationshipRecord).from } : r.id));
  const stored = await readRecords(run, kind, refs);
  const result: BatchResult = { kind, written: [], unchanged: 0, skipped: [] };
  for (const record of records) {
    const was = stored.get(record.id);
    const decision = decide(kind, record, was, opts);
    if (decision === 'unchanged') result.unchanged += 1;
    else if (decision === 'skip' && was) {
      result.skipped.push({ kind, id: record.id, version: was.stamp.version, revisedBy: was.stamp.revisedBy ?? '', revisedAt: was.stamp.revisedAt });
    } else {
      // An unversioned record identical to the seed's is recorded as created: the load it came from had no revision.
      const before = was && !(was.stamp.version === 0 && sameRecord(kind, was.record, record)) ? was.record : null;
      const revision: NewRevision = {
        id: ids.get(record.id) ?? newRevisionId(opts.at), at: opts.at, authorId: opts.authorId, action: before ? 'UPDATE' : 'CREATE',
        targetKind: kind, version: (was?.stamp.version ?? 0) + 1, before, after: record,
        reason: opts.reason(kind, record.id), importRunId: opts.importRunId ?? null,
      };
      result.written.push({ kind, before: was?.record ?? null, after: record, revision });
    }
  }
  if (result.written.length > 0) {
    await applyRecords(run, { ...NO_RECORDS, [LIST_OF[kind]]: result.written.map((w) => w.after) });
    await recordRevisions(run, result.written.map((w) => w.revision));
  }
  return result;
}

/** Batches in the writer's order: sources, entities, then relationships (whose ends and sources must exist). */
export function* recordBatches(records: RecordBatch, size: number = BATCH_SIZE): Generator<{ kind: RecordKind; records: AnyRecord[] }> {
  for (const kind of KINDS) {
    const list = records[LIST_OF[kind]] as AnyRecord[];
    for (let i = 0; i < list.length; i += size) yield { kind, records: list.slice(i, i + size) };
  }
}

export const recordTotal = (records: RecordBatch): number => records.sources.length + records.entities.length + records.relationships.length;

export interface ReviseAllOptions extends ReviseOptions {
  /** More statements for the batch's own transaction (the import's run summary), after its revisions. */
  alsoInBatch?: (run: Run, result: BatchResult) => Promise<void>;
  /** Called once a batch has committed. */
  committed?: (result: BatchResult) => void;
}

export async function reviseAll(db: Db, records: RecordBatch, opts: ReviseAllOptions): Promise<BatchResult[]> {
  const results: BatchResult[] = [];
  for (const { kind, records: batch } of recordBatches(records)) {
    // Made outside the transaction, so that a retried transaction writes the same revisions.
    const ids = new Map(batch.map((r) => [r.id, newRevisionId(opts.at)]));
    const result = await db.transaction('WRITE', async (tx) => {
      const run = db.runner(tx);
      const out = await reviseBatch(run, kind, batch as RecordOf[typeof kind][], ids, opts);
      await opts.alsoInBatch?.(run, out);
      return out;
    });
    opts.committed?.(result);
    results.push(result);
  }
  return results;
}
