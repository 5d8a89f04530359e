// Which records an import creates, updates or removes, worked out from their records before and
// after (a revision's before and after) or from the plan and what is stored (a dry run's forecast):
// the same comparison both ways, so that a dry run announces exactly what the real run records.
// A relationship's revision holds its quotes, so a quote's own change is found here, by diffing.
import type { RecordKind } from '#vocabulary/editing';
import type { AnyRecord } from '../../server/revisions';

export type ChangeKind = 'source' | 'entity' | 'relationship' | 'evidence' | 'context';
export type ChangeAction = 'CREATE' | 'UPDATE' | 'REMOVE';
export const CHANGE_KINDS: readonly ChangeKind[] = ['source', 'entity', 'relationship', 'evidence', 'context'];

/** A record's stored properties as plain JSON values. */
export type Props = Record<string, unknown>;

export interface RecordChange {
  kind: ChangeKind;
  action: ChangeAction;
  recordId: string;
  /** Null for CREATE. */
  before: Props | null;
  /** Null for REMOVE. */
  after: Props | null;
}

/** The records of one write batch (or of a whole plan), each list as stored properties. */
export interface Snapshots { sources: Props[]; entities: Props[]; relationships: Props[]; evidence: Props[]; context: Props[] }

/**
 * The fields people edit. Derived properties (searchKeys, validFromStart, …) follow from these and
 * the import stamps change on every write, so neither makes a record count as changed.
 */
export const OWN_FIELDS: Record<ChangeKind, readonly string[]> = {
  source: ['title', 'publisher', 'author', 'publishedOn', 'publishedOnBasis', 'publishedOnNote', 'url', 'text'],
  entity: ['name', 'kind', 'country', 'aliases', 'description'],
  relationship: ['type', 'from', 'to', 'status', 'validFrom', 'validFromBasis', 'validTo', 'validToBasis', 'datesNote', 'role', 'note'],
  evidence: ['source', 'quote', 'reportedOn', 'stance', 'attributionKind', 'attributionName', 'attributionEntityId', 'marksEnd', 'ord'],
  context: ['source', 'quote', 'reportedOn', 'ord'],
};

const idOf = (p: Props): string => String(p.id);
const ownJson = (kind: ChangeKind, p: Props): string => JSON.stringify(OWN_FIELDS[kind].map((f) => p[f] ?? null));

export function sameRecord(kind: ChangeKind, a: Props, b: Props): boolean {
  return ownJson(kind, a) === ownJson(kind, b);
}

/** Records matched by id: new ones are created, differing ones updated, vanished ones removed. */
export function diffById(kind: ChangeKind, before: readonly Props[], after: readonly Props[]): RecordChange[] {
  const old = new Map(before.map((p) => [idOf(p), p]));
  const changes: RecordChange[] = [];
  for (const now of after) {
    const was = old.get(idOf(now));
    old.delete(idOf(now));
    if (!was) changes.push({ kind, action: 'CREATE', recordId: idOf(now), before: null, after: now });
    else if (!sameRecord(kind, was, now)) changes.push({ kind, action: 'UPDATE', recordId: idOf(now), before: was, after: now });
  }
  for (const was of old.values()) changes.push({ kind, action: 'REMOVE', recordId: idOf(was), before: was, after: null });
  return changes;
}

const quoteKey = (p: Props): string => JSON.stringify([p.source ?? null, p.quote ?? null]);

function groupByRel(list: readonly Props[]): Map<string, Props[]> {
  const out = new Map<string, Props[]>();
  for (const p of list) {
    const rel = String(p.relId);
    const group = out.get(rel);
    if (group) group.push(p);
    else out.set(rel, [p]);
  }
  return out;
}

/**
 * Evidence ids are positions ("<relId>#<n>", context "<relId>~<n>"), so dropping the first of two
 * quotes moves the second into #0. Quotes are therefore matched by their source and text, not by
 * id: a dropped quote is always a REMOVE that keeps its text, a moved one an UPDATE of its
 * position, an edited one a REMOVE of the old text and a CREATE of the new.
 */
function diffQuotes(kind: 'evidence' | 'context', before: readonly Props[], after: readonly Props[]): RecordChange[] {
  const left = [...before];
  const pairs: [Props, Props][] = [];
  const unmatched: Props[] = [];
  const take = (now: Props, sameId: boolean): boolean => {
    const i = left.findIndex((was) => quoteKey(was) === quoteKey(now) && (!sameId || idOf(was) === idOf(now)));
    const was = left[i];
    if (was === undefined) return false;
    left.splice(i, 1);
    pairs.push([was, now]);
    return true;
  };
  // Same place first, so that a quote listed twice keeps its own entry.
  const rest = after.filter((now) => !take(now, true));
  for (const now of rest) if (!take(now, false)) unmatched.push(now);
  const changes: RecordChange[] = left.map((was) => ({ kind, action: 'REMOVE', recordId: idOf(was), before: was, after: null }));
  for (const [was, now] of pairs) {
    if (!sameRecord(kind, was, now)) changes.push({ kind, action: 'UPDATE', recordId: idOf(now), before: was, after: now });
  }
  for (const now of unmatched) changes.push({ kind, action: 'CREATE', recordId: idOf(now), before: null, after: now });
  return changes;
}

function diffByRel(kind: 'evidence' | 'context', before: readonly Props[], after: readonly Props[]): RecordChange[] {
  const was = groupByRel(before);
  const now = groupByRel(after);
  const rels = [...new Set([...now.keys(), ...was.keys()])];
  return rels.flatMap((rel) => diffQuotes(kind, was.get(rel) ?? [], now.get(rel) ?? []));
}

export const diffEvidence = (before: readonly Props[], after: readonly Props[]): RecordChange[] => diffByRel('evidence', before, after);
export const diffContext = (before: readonly Props[], after: readonly Props[]): RecordChange[] => diffByRel('context', before, after);

export function diffSnapshots(before: Snapshots, after: Snapshots): RecordChange[] {
  return [
    ...diffById('source', before.sources, after.sources),
    ...diffById('entity', before.entities, after.entities),
    ...diffById('relationship', before.relationships, after.relationships),
    ...diffEvidence(before.evidence, after.evidence),
    ...diffContext(before.context, after.context),
  ];
}

export type ActionCounts = Record<ChangeAction, number>;
export type ChangeCounts = Record<ChangeKind, ActionCounts>;

export const noChangeCounts = (): ChangeCounts => ({
  source: { CREATE: 0, UPDATE: 0, REMOVE: 0 },
  entity: { CREATE: 0, UPDATE: 0, REMOVE: 0 },
  relationship: { CREATE: 0, UPDATE: 0, REMOVE: 0 },
  evidence: { CREATE: 0, UPDATE: 0, REMOVE: 0 },
  context: { CREATE: 0, UPDATE: 0, REMOVE: 0 },
});

export function addCounts(into: ChangeCounts, changes: readonly RecordChange[]): ChangeCounts {
  for (const c of changes) into[c.kind][c.action] += 1;
  return into;
}

export const totalChanges = (counts: ChangeCounts): number =>
  CHANGE_KINDS.reduce((n, k) => n + counts[k].CREATE + counts[k].UPDATE + counts[k].REMOVE, 0);

/** The quotes each relationship loses, in the order they were stored. */
export function removedQuotes(changes: readonly RecordChange[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of changes) {
    if (c.kind !== 'evidence' || c.action !== 'REMOVE' || !c.before) continue;
    const rel = String(c.before.relId);
    out.set(rel, [...(out.get(rel) ?? []), String(c.before.quote)]);
  }
  return out;
}

/** Records of one kind as the snapshots diffSnapshots compares: a relationship's quotes and context apart, with their relId. */
export function recordSnapshots(kind: RecordKind, records: readonly (AnyRecord | null)[]): Snapshots {
  const out: Snapshots = { sources: [], entities: [], relationships: [], evidence: [], context: [] };
  for (const record of records) {
    if (record === null) continue;
    if (kind === 'source') out.sources.push({ ...record });
    else if (kind === 'entity') out.entities.push({ ...record });
    else {
      const { evidence, context, ...fields } = record as AnyRecord & { evidence: Props[]; context: Props[] };
      out.relationships.push(fields);
      out.evidence.push(...evidence.map((e) => ({ ...e, relId: fields.id })));
      out.context.push(...context.map((c) => ({ ...c, relId: fields.id })));
    }
  }
  return out;
}

/** What one revision changed, record by record, quote by quote. */
export const revisionChanges = (kind: RecordKind, before: AnyRecord | null, after: AnyRecord | null): RecordChange[] =>
  diffSnapshots(recordSnapshots(kind, [before]), recordSnapshots(kind, [after]));
