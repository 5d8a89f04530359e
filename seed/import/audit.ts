// The import's audit trail in the graph: one (:ImportRun) per import that changes anything, and a
// (:Change) per record it creates, updates or removes, with the record's properties before and
// after as JSON. Nothing an import overwrites or removes is lost: it is in some Change's `before`.
import { randomBytes } from 'node:crypto';
import { statement } from '../../server/cypher';
import type { Db, Statement } from '../../server/db';
import { splitStatements } from '../loader/write';
import { addCounts, CHANGE_KINDS, noChangeCounts, removedQuotes, totalChanges } from './changes';
import type { ChangeAction, ChangeCounts, ChangeKind, RecordChange } from './changes';
import { stableJson } from './snapshot';

/** Constraints and the record-id index; idempotent, so every import runs them at its start. */
export async function ensureAuditSchema(db: Db): Promise<void> {
  for (const cypher of splitStatements(statement('import/audit-schema', {}).cypher)) await db.write({ cypher, params: {} });
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

export interface RunInfo { id: string; file: string; editor: string; at: Date }

/** A batch's changes ready to record; `commit` once its transaction has committed. */
export interface PendingChanges { statement: Statement | null; commit: () => void }

export class AuditTrail {
  private recorded = 0;
  private counts: ChangeCounts = noChangeCounts();
  /** The quotes each relationship lost, for the import's report. */
  readonly removedQuotes = new Map<string, string[]>();

  constructor(
    readonly run: RunInfo,
    /** The import file a change's record came from. */
    private readonly fileOf: (change: RecordChange) => string,
  ) {}

  get totals(): ChangeCounts {
    return this.counts;
  }

  get hasChanges(): boolean {
    return this.recorded > 0;
  }

  /**
   * The statement that records one batch's changes. Ids and totals continue from what earlier
   * batches committed, and nothing moves on until `commit`, so a retried transaction prepares
   * the very same statement again.
   */
  prepare(changes: readonly RecordChange[]): PendingChanges {
    if (changes.length === 0) return { statement: null, commit: () => undefined };
    const counts = addCounts(structuredClone(this.counts), changes);
    const rows = changes.map((c, i) => ({
      id: `${this.run.id}-${String(this.recorded + i + 1).padStart(6, '0')}`,
      kind: c.kind, action: c.action, recordId: c.recordId, file: this.fileOf(c),
      before: stableJson(c.before), after: stableJson(c.after),
    }));
    return {
      statement: statement('import/record-changes', {
        run: { id: this.run.id, file: this.run.file, editor: this.run.editor, at: this.run.at.toISOString() },
        counts: runCountProps(counts),
        changes: rows,
      }),
      commit: () => {
        this.counts = counts;
        this.recorded += rows.length;
        for (const [rel, quotes] of removedQuotes(changes)) this.removedQuotes.set(rel, [...(this.removedQuotes.get(rel) ?? []), ...quotes]);
      },
    };
  }
}
