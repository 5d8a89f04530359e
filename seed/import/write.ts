// Writes an import plan through the revision path (seed/loader/revise.ts, the seed's own writer),
// attributed to the importing account, a batch at a time with progress. Each batch is one
// transaction that reads the records, applies them, records their revisions (with this run's id),
// stamps them with the import file's name and time, and adds the batch to the run's summary, so
// the audit trail holds a change exactly when the database does.
//
// Unlike the seed, an import overwrites a record whatever account last revised it: an import by
// an editor is an edit like any other. The revision's `before` is the version it replaced (read in
// the same transaction) and its version number follows that one's.
import path from 'node:path';
import type { RecordKind } from '#vocabulary/editing';
import { statement } from '../../server/cypher';
import type { Db } from '../../server/db';
import type { RecordBatch, RelationshipRecord } from '../../server/revisions';
import { LIST_OF, reviseAll, recordTotal } from '../loader/revise';
import type { BatchResult } from '../loader/revise';
import { awaitIndexes, ensureSchema } from '../loader/write';
import type { Run } from '../../server/db';
import type { WriteCounts } from '../loader/write';
import { ensureAuditSchema } from './audit';
import type { AuditTrail } from './audit';
import { revisionChanges } from './changes';
import type { ImportAccount } from './account';
import type { ImportPlan } from './plan';
import type { Progress } from './progress';

export interface WriteOptions { at: Date; account: ImportAccount; progress: Progress; audit: AuditTrail }

type FileOf = (kind: RecordKind, id: string) => string;

const fileOfPlan = (plan: ImportPlan): FileOf => (kind, id) => path.basename(plan.fileOf[LIST_OF[kind] as keyof ImportPlan['fileOf']].get(id) ?? 'import');

const stampStatement = (result: BatchResult, fileOf: FileOf, at: Date) => {
  const ids = (kind: RecordKind): { id: string; file: string }[] => result.kind === kind ? result.written.map((w) => ({ id: w.after.id, file: fileOf(kind, w.after.id) })) : [];
  return statement('export/stamp-imported', {
    sources: ids('source'),
    entities: ids('entity'),
    relationships: result.kind === 'relationship' ? result.written.map((w) => ({ id: w.after.id, from: (w.after as RelationshipRecord).from, file: fileOf('relationship', w.after.id) })) : [],
    at: at.toISOString(),
  });
};

function countsOf(result: BatchResult): Partial<WriteCounts> {
  const n = result.written.length;
  if (result.kind === 'source') return { sources: n };
  if (result.kind === 'entity') return { entities: n };
  const changes = result.written.flatMap((w) => revisionChanges('relationship', w.before, w.after));
  const lists = result.written.map((w) => w.after as RelationshipRecord);
  return {
    relationships: n,
    evidence: lists.reduce((k, r) => k + r.evidence.length, 0),
    context: lists.reduce((k, r) => k + r.context.length, 0),
    staleEvidenceRemoved: changes.filter((c) => c.kind === 'evidence' && c.action === 'REMOVE').length,
    staleContextRemoved: changes.filter((c) => c.kind === 'context' && c.action === 'REMOVE').length,
  };
}

/** Writes the plan's records a batch at a time; what the writer did, as the loader's counts. */
export async function writePlan(db: Db, plan: ImportPlan, records: RecordBatch, opts: WriteOptions): Promise<WriteCounts> {
  const totals: WriteCounts = { sources: 0, entities: 0, relationships: 0, evidence: 0, staleEvidenceRemoved: 0, context: 0, staleContextRemoved: 0 };
  await ensureAuditSchema(db);
  if (recordTotal(records) === 0) return totals;
  // An empty database has no constraints or search index yet; the loader's schema statements are idempotent.
  await ensureSchema(db);
  const { progress, audit, at, account } = opts;
  const fileOf = fileOfPlan(plan);
  const pending = new Map<BatchResult, () => void>();
  progress.start('Writing', recordTotal(records));
  await reviseAll(db, records, {
    authorId: account.id, at, importRunId: audit.run.id, leaveOthersEdits: false,
    reason: (kind, id) => `Import run ${audit.run.id} from ${fileOf(kind, id)}`,
    alsoInBatch: async (run: Run, result) => {
      if (result.written.length === 0) return;
      await run(stampStatement(result, fileOf, at));
      const files = result.written.map((w) => ({ id: w.revision.id, file: fileOf(result.kind, w.after.id) }));
      const changes = audit.prepare(result.written.flatMap((w) => revisionChanges(result.kind, w.before, w.after)), files);
      if (changes.statement) await run(changes.statement);
      pending.set(result, changes.commit);
    },
    committed: (result) => {
      pending.get(result)?.();
      for (const [key, n] of Object.entries(countsOf(result)) as [keyof WriteCounts, number][]) totals[key] += n;
      progress.advance(result.written.length + result.unchanged);
    },
  });
  progress.finish();
  await awaitIndexes(db);
  return totals;
}
