// The import's audit trail in the graph: a Revision per record it writes (server/revisions, with
// this run's id in importRunId and the record's JSON before and after), and one (:ImportRun) per
// import that changes anything, summing up what its revisions did to records, quotes and context.
// Nothing an import overwrites or removes is lost: it is in some revision's `before`.
import { randomBytes } from 'node:crypto';
import { applySchema, statement } from '../../server/cypher';
import type { Db, Statement } from '../../server/db';
import { addCounts, CHANGE_KINDS, noChangeCounts, removedQuotes, totalChanges } from './changes';
import type { ChangeAction, ChangeCounts, ChangeKind, RecordChange } from './changes';

/** Constraints and the record-id index; idempotent, so every import runs them at its start. */
export async function ensureAuditSchema(db: Db): Promise<void> {
  await applySchema(db, ['import/audit-schema']);
}

/** Sortable by time ("20260506T070809.000Z-3fa2c1"), unique by its random tail. */
export const newRunId = (at: Date): string => `${at.toISOString().replace(/[-:]/g, '')}-${randomBytes(3).toString('hex')}`;

const PLURAL: Record<ChangeKind, string> = { source: 'sources', entity: 'entities', relationship: 'relationships', evidence: 'evidence', context: 'context' };
const PAST: Record<ChangeAction, string> = { CREATE: 'Created', UPDATE: 'Updated', REMOVE: 'Removed' };

/** The run's counts as ImportRun properties: sourcesCreated, …, evidenceRemoved, changes. */
export function runCountProps(counts: ChangeCounts): Record<string, number> {
  const props: Record<string, number> = {};
  for (const kind of CHANGE_KINDS) {
    for (const action of ['CREATE', 'UPDATE', 'REMOVE'] as const) props[`${PLURAL[kind]}${PAST[action]}`] = counts[kind][action];
  }
  props.changes = totalChanges(counts);
  return props;
}

export interface RunInfo { id: string; file: string; authorId: string; at: Date }

/** A batch's changes ready to record; `commit` once its transaction has committed. */
export interface PendingChanges { statement: Statement | null; commit: () => void }

export class AuditTrail {
  private recorded = 0;
  private revisions = 0;
  private counts: ChangeCounts = noChangeCounts();
  /** The quotes each relationship lost, for the import's report. */
  readonly removedQuotes = new Map<string, string[]>();

  constructor(readonly run: RunInfo) {}

  get totals(): ChangeCounts {
    return this.counts;
  }

  get hasChanges(): boolean {
    return this.revisions > 0;
  }

  /**
   * The statement that adds one batch to the run's summary (its revisions, given with the import
   * file each came from, and what they changed).
   * Totals continue from what earlier batches committed, and nothing moves on until `commit`, so a
   * retried transaction prepares the very same statement again.
   */
  prepare(changes: readonly RecordChange[], files: readonly { id: string; file: string }[]): PendingChanges {
    const revisions = files.length;
    if (revisions === 0) return { statement: null, commit: () => undefined };
    const counts = addCounts(structuredClone(this.counts), changes);
    return {
      statement: statement('import/record-run', {
        run: { id: this.run.id, file: this.run.file, authorId: this.run.authorId, at: this.run.at.toISOString() },
        counts: { ...runCountProps(counts), revisions: this.revisions + revisions },
        files,
      }),
      commit: () => {
        this.counts = counts;
        this.recorded += changes.length;
        this.revisions += revisions;
        for (const [rel, quotes] of removedQuotes(changes)) this.removedQuotes.set(rel, [...(this.removedQuotes.get(rel) ?? []), ...quotes]);
      },
    };
  }
}
