// Reads records with their version stamps inside the caller's transaction: the `before` of a
// revision and the version a write checks must be what the database holds at that moment.
import type { RecordKind } from '#vocabulary/editing';
import { statement } from '../cypher';
import type { Run } from '../db';
import type { RecordOf } from './records';
import { canonical } from './records';

/** Who wrote a record's current revision; version 0 by nobody for a record never revised. */
export interface VersionStamp { version: number; revisionId: string | null; revisedBy: string | null; revisedAt: string | null }

export interface StoredRecord<K extends RecordKind> { record: RecordOf[K]; stamp: VersionStamp }

/** A relationship is found fastest through its start entity; callers that know it say so. */
export interface RelationshipRef { id: string; from?: string | null }

const STATEMENTS: Record<RecordKind, string> = {
  entity: 'revisions/entity-records', source: 'revisions/source-records', relationship: 'revisions/relationship-records',
};

function toStamp(raw: unknown): VersionStamp {
  const s = (raw ?? {}) as Record<string, unknown>;
  const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  return { version: Number(s.version ?? 0), revisionId: text(s.revisionId), revisedBy: text(s.revisedBy), revisedAt: text(s.revisedAt) };
}

/** The stored records by id; ids that name no record are absent from the map. */
export async function readRecords<K extends RecordKind>(run: Run, kind: K, refs: readonly (string | RelationshipRef)[]): Promise<Map<string, StoredRecord<K>>> {
  const found = new Map<string, StoredRecord<K>>();
  if (refs.length === 0) return found;
  const params = kind === 'relationship'
    ? { refs: refs.map((r) => (typeof r === 'string' ? { id: r, from: null } : { id: r.id, from: r.from ?? null })) }
    : { ids: refs.map((r) => (typeof r === 'string' ? r : r.id)) };
  for (const row of await run(statement(STATEMENTS[kind], params))) {
    found.set(String(row.id), { record: canonical(kind, row.record as RecordOf[K]), stamp: toStamp(row.stamp) });
  }
  return found;
}

export interface StoredRevision {
  id: string; at: string; authorId: string; action: string; targetKind: RecordKind; target: string; version: number;
  before: string | null; after: string | null; reason: string | null; proposalId: string | null; importRunId: string | null;
}

/** Every revision of each target, oldest first; a target without any has an empty list. */
export async function readHistory(run: Run, targets: readonly string[]): Promise<Map<string, StoredRevision[]>> {
  const out = new Map<string, StoredRevision[]>(targets.map((t) => [t, []]));
  if (targets.length === 0) return out;
  for (const row of await run(statement('revisions/history', { targets: [...new Set(targets)] }))) {
    out.set(String(row.target), (row.revisions ?? []) as StoredRevision[]);
  }
  return out;
}
