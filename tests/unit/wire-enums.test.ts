// The schema's enums and the vocabulary's lists are written twice (the schema is the API's
// contract, the vocabulary what the loader and the page check against); this keeps them equal.
import { isEnumType } from 'graphql';
import { ATTRIBUTION_KINDS, DATE_BASES, DIRECTIONS, ENTITY_KINDS, ENTITY_TYPES, RELATION_TYPES, STANCES, STATUSES } from '#vocabulary';
import type { AttributionKind, DateBasis, Direction, EntityKind, EntityType, RelationType, Stance, Status } from '#vocabulary';
import { DECISIONS, PROPOSAL_STATES } from '#vocabulary/editing';
import type { Decision, ProposalState } from '#vocabulary/editing';
import { INTAKE_FORMATS } from '#vocabulary/intake';
import type { IntakeFormat } from '#vocabulary/intake';
import { NOTE_VISIBILITIES } from '#vocabulary/notes';
import type { NoteVisibility } from '#vocabulary/notes';
import { VIEW_SCOPES, VIEW_VISIBILITIES } from '#vocabulary/views';
import type { ViewScope, ViewVisibility } from '#vocabulary/views';
import type * as Wire from '#vocabulary/wire/schema';
import { schemaShape } from '../../server/schema';

/** Every enum of the schema, by name, with the vocabulary's list of its values. */
const VOCABULARY: Record<string, readonly string[]> = {
  EntityType: ENTITY_TYPES,
  EntityKind: Object.keys(ENTITY_KINDS),
  RelationType: Object.keys(RELATION_TYPES),
  Status: STATUSES,
  Stance: STANCES,
  AttributionKind: ATTRIBUTION_KINDS,
  DateBasis: DATE_BASES,
  Direction: DIRECTIONS,
  Decision: DECISIONS,
  ProposalState: PROPOSAL_STATES,
  IntakeFormat: INTAKE_FORMATS,
  NoteVisibility: NOTE_VISIBILITIES,
  SavedViewVisibility: VIEW_VISIBILITIES,
  SavedViewScope: VIEW_SCOPES,
};

// The same at compile time: the generated wire types and the vocabulary's types are one type each.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: [
  Same<Wire.EntityType, EntityType>, Same<Wire.EntityKind, EntityKind>, Same<Wire.RelationType, RelationType>,
  Same<Wire.Status, Status>, Same<Wire.Stance, Stance>, Same<Wire.Direction, Direction>,
  Same<Wire.AttributionKind, AttributionKind>, Same<Wire.DateBasis, DateBasis>,
  Same<Wire.Decision, Decision>, Same<Wire.ProposalState, ProposalState>, Same<Wire.IntakeFormat, IntakeFormat>,
  Same<Wire.NoteVisibility, NoteVisibility>,
  Same<Wire.SavedViewVisibility, ViewVisibility>, Same<Wire.SavedViewScope, ViewScope>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true];

const schemaEnums = Object.values(schemaShape().getTypeMap()).filter(isEnumType).filter((t) => !t.name.startsWith('__'));

const missing = (from: readonly string[], inList: readonly string[]): string[] => from.filter((v) => !inList.includes(v));

describe('schema enums and the vocabulary', () => {
  it('has a vocabulary list for every enum of the schema, and an enum for every list', () => {
    const names = schemaEnums.map((t) => t.name);
    expect({ onlyInSchema: missing(names, Object.keys(VOCABULARY)), onlyInVocabulary: missing(Object.keys(VOCABULARY), names) })
      .toEqual({ onlyInSchema: [], onlyInVocabulary: [] });
    expect(sameTypes.every(Boolean)).toBe(true);
  });

  it.each(schemaEnums.map((t) => [t.name, t] as const))('lists the same %s values in both, in either direction', (name, type) => {
    const inSchema = type.getValues().map((v) => v.name);
    const inVocabulary = VOCABULARY[name] ?? [];
    expect({ onlyInSchema: missing(inSchema, inVocabulary), onlyInVocabulary: missing(inVocabulary, inSchema) })
      .toEqual({ onlyInSchema: [], onlyInVocabulary: [] });
  });
});
