// An intake's candidates as the picks proposeFromIntake takes, unedited: what `npm run intake --
// --propose` files (every candidate), and what a client sends for the ones a user accepts as read.
import type { AttributionInput, IntakeEndInput, IntakePick } from '#vocabulary/wire/schema';
import type { ClaimCandidate, ClaimEnd, EntityCandidate, IntakeResult } from '../intake/types';

function endOf(end: ClaimEnd, entities: ReadonlyMap<string, EntityCandidate>): IntakeEndInput {
  if (end.entityId) return { entityId: end.entityId };
  const e = entities.get(end.key);
  return { name: e?.name ?? end.name, kind: e?.kind, aliases: e?.aliases.filter((a) => a !== (e.name)) ?? [] };
}

function attributionOf(c: ClaimCandidate, entities: ReadonlyMap<string, EntityCandidate>): AttributionInput {
  // A speaker is named by entity id; a speaker that is itself a new entity is named by name only.
  const speaker = c.attribution.entityKey ? entities.get(c.attribution.entityKey) : undefined;
  return { kind: c.attribution.kind, name: c.attribution.name ?? speaker?.name ?? null, entity: speaker?.entityId ?? null };
}

export function pickOf(c: ClaimCandidate, entities: ReadonlyMap<string, EntityCandidate>): IntakePick {
  return {
    from: endOf(c.from, entities), to: endOf(c.to, entities), type: c.type, status: c.status, quote: c.quote, stance: c.stance,
    attribution: attributionOf(c, entities), reportedOn: c.reportedOn, marksEnd: c.marksEnd,
    validFrom: c.validFrom, validFromBasis: c.validFromBasis, validTo: c.validTo, validToBasis: c.validToBasis, datesNote: c.datesNote, note: c.note,
    existing: c.existing ?? c.contradicts,
  };
}

/** Every claim of the result as a pick, in the result's order. */
export function picksOf(result: IntakeResult): IntakePick[] {
  const entities = new Map(result.entities.map((e) => [e.key, e]));
  return result.claims.map((c) => pickOf(c, entities));
}
