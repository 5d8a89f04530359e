// The one writer of versioned records: applies records and records their revisions, both on the
// caller's open write transaction, so that a record and the revision that describes it commit
// together or not at all (the import audit's rule, now every writer's).
import { randomBytes } from 'node:crypto';
import type { RecordKind, RevisionAction } from '#vocabulary/editing';
import { statement } from '../cypher';
import type { Run } from '../db';
import { writeRows } from '../../seed/loader/write';
import type { AnyRecord, RelationshipRecord } from './records';
import { stableRecordJson } from './records';
import type { RecordBatch } from './rows';
import { recordsToRows } from './rows';

/**
 * Sortable by time ("20261201T221500.123Z-3fa2c1d4e5f60718"), unique by its random tail. Made
 * outside the transaction, so a retry reuses it. A load stamps every record with one time, so the
 * tail alone keeps 100,000s of ids apart: 8 bytes (3 repeated within a few thousand, and MERGE on
 * the id then dropped the later revision without a word).
 */
export const newRevisionId = (at: Date): string => `${at.toISOString().replace(/[-:]/g, '')}-${randomBytes(8).toString('hex')}`;

/** Writes the records as they are given: fields, derived fields, and evidence and context exactly as listed. */
export async function applyRecords(run: Run, batch: RecordBatch): Promise<void> {
  await writeRows(run, recordsToRows(batch));
  if (batch.relationships.length === 0) return;
  const keep = (list: readonly { id: string }[]): string[] => list.map((e) => e.id);
  await run(statement('revisions/prune-evidence', { rows: batch.relationships.map((r) => ({ relId: r.id, keep: keep(r.evidence) })) }));
  await run(statement('revisions/prune-context', { rows: batch.relationships.map((r) => ({ relId: r.id, keep: keep(r.context) })) }));
}

export interface NewRevision {
  id: string;
  at: Date;
  authorId: string;
  action: RevisionAction;
  targetKind: RecordKind;
  /** The record's version this revision makes (the stored version + 1). */
  version: number;
  before: AnyRecord | null;
  after: AnyRecord;
  reason?: string | null;
  proposalId?: string | null;
  importRunId?: string | null;
}

const STAMPS: Record<RecordKind, string> = { entity: 'revisions/stamp-entities', source: 'revisions/stamp-sources', relationship: 'revisions/stamp-relationships' };

/**
 * Creates the Revision nodes and stamps each record with its new version, author and retired
 * flag. Call it after applyRecords on the same transaction; a retried transaction (the same
 * revision ids) records nothing twice.
 */
export async function recordRevisions(run: Run, revisions: readonly NewRevision[]): Promise<number> {
  if (revisions.length === 0) return 0;
  const rows = revisions.map((r) => ({
    id: r.id, at: r.at.toISOString(), authorId: r.authorId, action: r.action, targetKind: r.targetKind, target: r.after.id,
    version: r.version,
    before: r.before === null ? null : stableRecordJson(r.targetKind, r.before),
    after: stableRecordJson(r.targetKind, r.after),
    reason: r.reason ?? null, proposalId: r.proposalId ?? null, importRunId: r.importRunId ?? null,
    from: r.targetKind === 'relationship' ? (r.after as RelationshipRecord).from : null,
    retired: (r.after as { retired?: boolean }).retired === true,
  }));
  const [created] = await run(statement('revisions/create-revisions', { rows }));
  for (const kind of ['source', 'entity', 'relationship'] as const) {
    const mine = rows.filter((r) => r.targetKind === kind);
    if (mine.length === 0) continue;
    const [stamped] = await run(statement(STAMPS[kind], { rows: mine }));
    // A stamp that finds no record means applyRecords did not write it: fail the transaction.
    if (Number(stamped?.stamped ?? 0) !== mine.length) throw new Error(`Stamped ${String(stamped?.stamped)} of ${mine.length} ${kind} records: some were not written`);
  }
  return Number(created?.recorded ?? 0);
}
