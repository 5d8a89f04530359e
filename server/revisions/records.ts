// The records that have versions and history, as Revision.before / after hold them: every field
// a person edits, none that is derived (search keys, day bounds, labels) and no version stamp.
// A relationship's evidence and context are part of its record, so one revision says everything
// a change did to a link. JSON keys come in a fixed order, so the same record always reads the same.
import type { AttributionKind, DateBasis, EntityKind, RelationType, Stance, Status } from '#vocabulary';
import type { RecordKind } from '#vocabulary/editing';

export interface EntityRecord {
  id: string; name: string; kind: EntityKind; country: string | null; aliases: string[]; description: string | null;
  retired: boolean;
}

export interface SourceRecord {
  id: string; title: string; publisher: string; author: string | null; publishedOn: string | null;
  publishedOnBasis: DateBasis; publishedOnNote: string | null; url: string | null; text: string;
}

export interface EvidenceRecord {
  id: string; source: string; quote: string; reportedOn: string | null; stance: Stance;
  attributionKind: AttributionKind; attributionName: string | null; attributionEntityId: string | null;
  marksEnd: boolean; ord: number;
}

export interface ContextRecord { id: string; source: string; quote: string; reportedOn: string | null; ord: number }

export interface RelationshipRecord {
  id: string; type: RelationType; from: string; to: string; status: Status;
  validFrom: string | null; validFromBasis: DateBasis | null; validTo: string | null; validToBasis: DateBasis | null;
  datesNote: string | null; role: string | null; note: string | null; retired: boolean;
  evidence: EvidenceRecord[]; context: ContextRecord[];
}

export interface RecordOf { entity: EntityRecord; source: SourceRecord; relationship: RelationshipRecord }
export type AnyRecord = RecordOf[RecordKind];

/** Each kind's fields in their JSON order; the lists' entries have theirs. */
export const RECORD_FIELDS = {
  entity: ['id', 'name', 'kind', 'country', 'aliases', 'description', 'retired'],
  source: ['id', 'title', 'publisher', 'author', 'publishedOn', 'publishedOnBasis', 'publishedOnNote', 'url', 'text'],
  relationship: ['id', 'type', 'from', 'to', 'status', 'validFrom', 'validFromBasis', 'validTo', 'validToBasis', 'datesNote', 'role', 'note', 'retired', 'evidence', 'context'],
} as const satisfies { [K in RecordKind]: readonly (keyof RecordOf[K])[] };

export const EVIDENCE_FIELDS = ['id', 'source', 'quote', 'reportedOn', 'stance', 'attributionKind', 'attributionName', 'attributionEntityId', 'marksEnd', 'ord'] as const satisfies readonly (keyof EvidenceRecord)[];
export const CONTEXT_FIELDS = ['id', 'source', 'quote', 'reportedOn', 'ord'] as const satisfies readonly (keyof ContextRecord)[];

const pick = (value: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(fields.map((f) => [f, value[f] ?? null]));

const byOrd = <T extends { ord: number }>(list: readonly T[]): T[] => [...list].sort((a, b) => a.ord - b.ord);

/** The record with exactly its kind's fields, in order (missing ones null, lists by ord): what JSON and comparisons see. */
export function canonical<K extends RecordKind>(kind: K, record: RecordOf[K]): RecordOf[K] {
  const out = pick(record as unknown as Record<string, unknown>, RECORD_FIELDS[kind]);
  if (kind === 'entity' || kind === 'relationship') out.retired = out.retired === true;
  if (kind === 'entity') out.aliases = (out.aliases as string[] | null) ?? [];
  if (kind === 'relationship') {
    const r = record as RelationshipRecord;
    out.evidence = byOrd(r.evidence ?? []).map((e) => pick(e as unknown as Record<string, unknown>, EVIDENCE_FIELDS));
    out.context = byOrd(r.context ?? []).map((c) => pick(c as unknown as Record<string, unknown>, CONTEXT_FIELDS));
  }
  return out as unknown as RecordOf[K];
}

export const stableRecordJson = <K extends RecordKind>(kind: K, record: RecordOf[K]): string => JSON.stringify(canonical(kind, record));

export const sameRecord = <K extends RecordKind>(kind: K, a: RecordOf[K], b: RecordOf[K]): boolean =>
  stableRecordJson(kind, a) === stableRecordJson(kind, b);

/** A stored Revision's before/after back into a record; null stays null. */
export function parseRecordJson<K extends RecordKind>(kind: K, json: string | null): RecordOf[K] | null {
  if (json === null) return null;
  return canonical(kind, JSON.parse(json) as RecordOf[K]);
}
