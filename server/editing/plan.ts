// What a proposal would do to the graph: the record before and after, and the revision's action,
// checked by the seed's rules against what is stored now. Run when a proposal is made (so a bad
// one is refused at once, naming the input field) and again when it is accepted, inside the
// transaction that applies it (the entities and sources it names may have changed meanwhile).
import type { RevisionAction } from '#vocabulary/editing';
import type { ChangePatch, EntityInput, RelationshipInput } from '#vocabulary/wire/schema';
import type { Run } from '../db';
import type { SeedEntity } from '../../seed/loader/types';
import { statement } from '../cypher';
import type { AnyRecord, EntityRecord, RelationshipRecord } from '../revisions/records';
import { sameRecord } from '../revisions/records';
import { assertNoProblems, inEntityPatch, inRelationshipPatch, underArgument } from './locate';
import type { LocatedProblem } from './locate';
import { lookupsFor } from './lookups';
import { patchEntity, patchFieldProblems, patchRelationship, unknownAliases, unknownEvidence } from './patch';
import { entityRecord, relationshipRecord, seedEntityOf, seedRelationshipOf } from './records';
import { entityProblems, relationshipProblems } from './validate';

export interface Plan {
  targetKind: 'entity' | 'relationship';
  before: AnyRecord | null;
  after: AnyRecord;
  action: RevisionAction;
}

/** A stored entity or relationship, as the change is planned against it. */
export type Current = { kind: 'entity'; record: EntityRecord } | { kind: 'relationship'; record: RelationshipRecord };

const actionOf = (before: AnyRecord | null, after: AnyRecord): RevisionAction => {
  if (before === null) return 'CREATE';
  const wasRetired = 'retired' in before && before.retired;
  return 'retired' in after && after.retired && !wasRetired ? 'RETIRE' : 'UPDATE';
};

export function planNewEntity(id: string, input: EntityInput): Plan {
  const after = entityRecord(id, input);
  // The id is made from the name, so a problem with it is the name's.
  const problems = entityProblems(seedEntityOf(after), input.type).map((p) => (p.field === 'id' ? { ...p, field: 'name' } : p));
  assertNoProblems(underArgument('input', problems));
  return { targetKind: 'entity', before: null, after, action: 'CREATE' };
}

/**
 * `pending`: entities not stored yet that the link may name as they will be once accepted (an
 * intake's new entities, filed together with the link; the review still needs them stored first).
 */
export async function planNewRelationship(run: Run, id: string, input: RelationshipInput, pending: ReadonlyMap<string, SeedEntity> = new Map()): Promise<Plan> {
  const after = relationshipRecord(id, input);
  const stored = await lookupsFor(run, after);
  const lookups = pending.size === 0 ? stored : { ...stored, entities: new Map([...pending, ...stored.entities]) };
  assertNoProblems(underArgument('input', relationshipProblems(seedRelationshipOf(after), lookups)));
  return { targetKind: 'relationship', before: null, after, action: 'CREATE' };
}

/** A retired entity must leave nothing live pointing at it: links, or quotes naming it as speaker. */
export async function retirementProblems(run: Run, entityId: string, field: string): Promise<LocatedProblem[]> {
  const [row] = await run(statement('editing/entity-dependants', { id: entityId }));
  const links = Number(row?.links ?? 0);
  const speakerOf = Number(row?.speakerOf ?? 0);
  if (links === 0 && speakerOf === 0) return [];
  const what = [links > 0 ? `${links} live link${links === 1 ? '' : 's'}` : '', speakerOf > 0 ? `${speakerOf} quote${speakerOf === 1 ? '' : 's'} naming it as speaker` : ''].filter(Boolean).join(' and ');
  return [{ field, message: `it still has ${what}; retire or change those first` }];
}

/** A live relationship's record checked as the seed's rules check it (its ends and speakers must be live). */
export async function liveRelationshipProblems(run: Run, record: RelationshipRecord): Promise<ReturnType<typeof relationshipProblems>> {
  return record.retired ? [] : relationshipProblems(seedRelationshipOf(record), await lookupsFor(run, record));
}

export async function planChange(run: Run, current: Current, patch: ChangePatch): Promise<Plan> {
  assertNoProblems(underArgument('patch', patchFieldProblems(current.kind, patch)));
  let after: AnyRecord;
  if (current.kind === 'entity') {
    assertNoProblems(underArgument('patch', unknownAliases(current.record, patch)));
    const patched = patchEntity(current.record, patch);
    after = patched.record;
    const problems = inEntityPatch(entityProblems(seedEntityOf(patched.record)), patched.addedFrom);
    if (patched.record.retired && !current.record.retired) problems.push(...(await retirementProblems(run, current.record.id, 'patch.retired')));
    assertNoProblems(problems);
  } else {
    assertNoProblems(underArgument('patch', unknownEvidence(current.record, patch)));
    const patched = patchRelationship(current.record, patch);
    after = patched.record;
    assertNoProblems(inRelationshipPatch(await liveRelationshipProblems(run, patched.record), patched.addedAt));
  }
  if (sameRecord(current.kind, current.record as never, after as never)) {
    assertNoProblems([{ field: 'patch', message: 'changes nothing: every field it gives already has that value' }]);
  }
  return { targetKind: current.kind, before: current.record, after, action: actionOf(current.record, after) };
}
