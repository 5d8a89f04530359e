// The contract's record JSON (Revision.before / after) made from the stored properties the old
// import audit kept in Change.before / after: every property of the node or relationship, import
// stamps and derived fields included. server/revisions' canonical keeps the record's own fields,
// in order, so a migrated revision reads like one written today.
import type { RecordKind } from '#vocabulary/editing';
import { canonical } from '../../server/revisions';
import type { AnyRecord, RecordOf } from '../../server/revisions';

export type Props = Record<string, unknown>;

/** A record's JSON from its stored fields (and, for a relationship, its evidence and context). */
export function recordFromProps(kind: RecordKind, fields: Props, evidence: readonly Props[] = [], context: readonly Props[] = []): AnyRecord {
  const record = kind === 'relationship' ? { ...fields, evidence, context } : fields;
  return canonical(kind, record as unknown as RecordOf[typeof kind]);
}
