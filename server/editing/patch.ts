// A ChangePatch applied to a stored record. A field left out keeps its value; a field given as
// null clears it (GraphQL keeps the two apart, and so does the stored payload's JSON). Pure.
import type { ChangePatch } from '#vocabulary/wire/schema';
import type { EntityRecord, RelationshipRecord } from '../revisions/records';
import { evidenceRecord } from './records';
import type { FieldProblem } from './validate';

type PatchField = keyof ChangePatch;

const ENTITY_FIELDS: readonly PatchField[] = ['name', 'addAliases', 'removeAliases', 'description', 'country', 'retired'];
const RELATIONSHIP_FIELDS: readonly PatchField[] = [
  'status', 'validFrom', 'validFromBasis', 'validTo', 'validToBasis', 'datesNote', 'note', 'addEvidence', 'retireEvidence', 'retired',
];

const given = (patch: ChangePatch, field: PatchField): boolean => Object.hasOwn(patch, field) && patch[field] !== undefined;

/** Fields the patch sets that the target's kind does not have, and a patch that sets nothing. */
export function patchFieldProblems(kind: 'entity' | 'relationship', patch: ChangePatch): FieldProblem[] {
  const allowed = kind === 'entity' ? ENTITY_FIELDS : RELATIONSHIP_FIELDS;
  const set = (Object.keys(patch) as PatchField[]).filter((f) => given(patch, f));
  if (set.length === 0) return [{ field: null, message: 'changes nothing: give at least one field to change' }];
  return set.filter((f) => !allowed.includes(f)).map((f) => ({ field: f, message: `an ${kind} has no ${f} (it may change ${allowed.join(', ')})` }));
}

/** Where each alias of the patched entity came from, to name the input field a problem is in. */
export interface EntityPatched { record: EntityRecord; addedFrom: number }

export function patchEntity(current: EntityRecord, patch: ChangePatch): EntityPatched {
  const removed = new Set(patch.removeAliases ?? []);
  const kept = current.aliases.filter((a) => !removed.has(a));
  const added = (patch.addAliases ?? []).filter((a) => !kept.includes(a));
  return {
    record: {
      ...current,
      name: given(patch, 'name') ? (patch.name as string) : current.name,
      aliases: [...kept, ...added],
      description: given(patch, 'description') ? (patch.description ?? null) : current.description,
      country: given(patch, 'country') ? (patch.country ?? null) : current.country,
      retired: given(patch, 'retired') && patch.retired !== null ? patch.retired === true : current.retired,
    },
    addedFrom: kept.length,
  };
}

/** Aliases to remove that the entity does not have. */
export const unknownAliases = (current: EntityRecord, patch: ChangePatch): FieldProblem[] =>
  (patch.removeAliases ?? []).flatMap((a, i) => (current.aliases.includes(a) ? [] : [{ field: `removeAliases[${i}]`, message: `${JSON.stringify(a)} is not one of its aliases` }]));

/** The patched relationship, and for each of its quotes the addEvidence index it came from (null: stored). */
export interface RelationshipPatched { record: RelationshipRecord; addedAt: (number | null)[] }

const DATE_FIELDS = ['status', 'validFrom', 'validFromBasis', 'validTo', 'validToBasis', 'datesNote', 'note'] as const;

export function patchRelationship(current: RelationshipRecord, patch: ChangePatch): RelationshipPatched {
  const retiredIds = new Set(patch.retireEvidence ?? []);
  const kept = current.evidence.filter((e) => !retiredIds.has(e.id));
  const nextOrd = current.evidence.reduce((max, e) => Math.max(max, e.ord), -1) + 1;
  const added = (patch.addEvidence ?? []).map((ev, i) => evidenceRecord(current.id, nextOrd + i, ev));
  const record: RelationshipRecord = { ...current, evidence: [...kept, ...added] };
  for (const f of DATE_FIELDS) {
    if (!given(patch, f)) continue;
    // status is non-null in the record: a null status changes nothing (GraphQL lets a client send one).
    if (f === 'status') { if (patch.status) record.status = patch.status; continue; }
    (record as unknown as Record<string, unknown>)[f] = patch[f] ?? null;
  }
  if (given(patch, 'retired') && patch.retired !== null) record.retired = patch.retired === true;
  return { record, addedAt: [...kept.map(() => null), ...added.map((_, i) => i)] };
}

/** Evidence ids to retire that the relationship does not have. */
export const unknownEvidence = (current: RelationshipRecord, patch: ChangePatch): FieldProblem[] =>
  (patch.retireEvidence ?? []).flatMap((id, i) => (current.evidence.some((e) => e.id === id) ? [] : [{ field: `retireEvidence[${i}]`, message: `${JSON.stringify(id)} is not one of its quotes' ids` }]));
