// From what a client sends to the records server/revisions writes, and from those records to the
// seed's format that the loader's rules check (./validate.ts). Pure.
import type { AttributionInput, EntityInput, EvidenceInput, RelationshipInput, SourceInput } from '#vocabulary/wire/schema';
import type { SeedEntity, SeedEvidence, SeedRelationship } from '../../seed/loader/types';
import { evidenceId } from '../../seed/loader/rows';
import type { EntityRecord, EvidenceRecord, RelationshipRecord, SourceRecord } from '../revisions/records';
import type { SourceWithText } from './validate';

const orNull = <T>(v: T | null | undefined): T | null => (v === undefined ? null : v);

export function entityRecord(id: string, input: EntityInput): EntityRecord {
  return {
    id, name: input.name, kind: input.kind, country: orNull(input.country), aliases: input.aliases ?? [],
    description: orNull(input.description), retired: false,
  };
}

/** The record of a source that seedSourceOf's check accepted (so its date has its basis). */
export function sourceRecord(id: string, input: SourceInput): SourceRecord {
  return {
    id, title: input.title, publisher: input.publisher, author: orNull(input.author), publishedOn: orNull(input.publishedOn),
    publishedOnBasis: input.publishedOnBasis ?? 'STATED', publishedOnNote: orNull(input.publishedOnNote), url: orNull(input.url), text: input.text,
  };
}

/** A quote as stored, at position `ord` of relationship `relId`; its id is the seed's (relId#ord). */
export function evidenceRecord(relId: string, ord: number, input: EvidenceInput): EvidenceRecord {
  const attribution: AttributionInput = input.attribution;
  return {
    id: evidenceId(relId, ord), source: input.source, quote: input.quote, reportedOn: orNull(input.reportedOn),
    stance: input.stance ?? 'SUPPORTS', attributionKind: attribution.kind, attributionName: orNull(attribution.name),
    attributionEntityId: orNull(attribution.entity), marksEnd: input.marksEnd ?? false, ord,
  };
}

export function relationshipRecord(id: string, input: RelationshipInput): RelationshipRecord {
  return {
    id, type: input.type, from: input.from, to: input.to, status: input.status,
    validFrom: orNull(input.validFrom), validFromBasis: orNull(input.validFromBasis), validTo: orNull(input.validTo),
    validToBasis: orNull(input.validToBasis), datesNote: orNull(input.datesNote), role: orNull(input.role), note: orNull(input.note),
    retired: false, evidence: input.evidence.map((ev, ord) => evidenceRecord(id, ord, ev)), context: [],
  };
}

// The seed's format: what seed/data/*.json would hold for the record.

export const seedEntityOf = (e: EntityRecord): SeedEntity =>
  ({ id: e.id, name: e.name, kind: e.kind, country: e.country, aliases: e.aliases, description: e.description });

const seedEvidenceOf = (e: EvidenceRecord): SeedEvidence => ({
  source: e.source, quote: e.quote, reportedOn: e.reportedOn, stance: e.stance,
  attribution: { kind: e.attributionKind, name: e.attributionName, entity: e.attributionEntityId }, marksEnd: e.marksEnd,
});

export const seedRelationshipOf = (r: RelationshipRecord): SeedRelationship => ({
  id: r.id, type: r.type, from: r.from, to: r.to, status: r.status,
  validFrom: r.validFrom, validFromBasis: r.validFromBasis, validTo: r.validTo, validToBasis: r.validToBasis,
  datesNote: r.datesNote, role: r.role, note: r.note, evidence: r.evidence.map(seedEvidenceOf),
  context: r.context.map((c) => ({ source: c.source, quote: c.quote, reportedOn: c.reportedOn })),
});

/**
 * A source as given, in the import's format (its text inline; `file` is the seed's and stands in
 * only for the rules): a date and its basis are required, as in every seed and import file.
 */
export const seedSourceOf = (id: string, s: SourceInput): SourceWithText => ({
  id, file: 'inline.txt', title: s.title, publisher: s.publisher, author: s.author,
  publishedOn: s.publishedOn as string, publishedOnBasis: s.publishedOnBasis as SourceWithText['publishedOnBasis'],
  publishedOnNote: s.publishedOnNote, url: s.url, text: s.text,
});
