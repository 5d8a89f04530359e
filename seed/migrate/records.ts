// The contract's record JSON (Revision.before / after) made from the stored properties the old
// import audit kept in Change.before / after: every property of the node or relationship, import
// stamps and derived fields included. Only the record's own fields are kept, in the contract's
// key order, missing ones as null, so a migrated revision reads like one written today.
import type { RecordKind } from '#vocabulary/editing';

export type Props = Record<string, unknown>;

const value = (p: Props, key: string): unknown => p[key] ?? null;
const pick = (p: Props, keys: readonly string[]): Props => Object.fromEntries(keys.map((k) => [k, value(p, k)]));

export const ENTITY_KEYS = ['id', 'name', 'kind', 'country', 'aliases', 'description', 'retired'] as const;
export const SOURCE_KEYS = ['id', 'title', 'publisher', 'author', 'publishedOn', 'publishedOnBasis', 'publishedOnNote', 'url', 'text'] as const;
export const RELATIONSHIP_KEYS = ['id', 'type', 'from', 'to', 'status', 'validFrom', 'validFromBasis', 'validTo', 'validToBasis', 'datesNote', 'role', 'note', 'retired'] as const;
export const EVIDENCE_KEYS = ['id', 'source', 'quote', 'reportedOn', 'stance', 'attributionKind', 'attributionName', 'attributionEntityId', 'marksEnd', 'ord'] as const;
export const CONTEXT_KEYS = ['id', 'source', 'quote', 'reportedOn', 'ord'] as const;

/** Evidence and context by ord (then id), as the contract lists them. */
function byOrd(list: readonly Props[], keys: readonly string[]): Props[] {
  const ord = (p: Props): number => Number(p.ord ?? 0);
  return [...list].sort((a, b) => ord(a) - ord(b) || String(a.id).localeCompare(String(b.id))).map((p) => pick(p, keys));
}

/** A record's JSON from its stored fields (and, for a relationship, its evidence and context). */
export function recordFromProps(kind: RecordKind, fields: Props, evidence: readonly Props[] = [], context: readonly Props[] = []): Props {
  if (kind === 'entity') return pick(fields, ENTITY_KEYS);
  if (kind === 'source') return pick(fields, SOURCE_KEYS);
  return { ...pick(fields, RELATIONSHIP_KEYS), evidence: byOrd(evidence, EVIDENCE_KEYS), context: byOrd(context, CONTEXT_KEYS) };
}
