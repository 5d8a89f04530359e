// The seed files' records (seed/data/*.json), as curators write them and as the import and the
// JSON export carry them. The JSON Schemas in docs/schema/ describe the same shapes (schema.ts
// builds them from these names and the vocabulary); the seed loader checks every file against them.
import type { AttributionKind, DateBasis, EntityKind, RelationType, Stance, Status } from '../index';

export const SEED_FILES = {
  sources: 'sources.json',
  entities: 'entities.json',
  relationships: 'relationships.json',
} as const;
export type SeedFileName = (typeof SEED_FILES)[keyof typeof SEED_FILES];

export interface SeedSource {
  id: string;
  /** File name inside the seed's sources/ folder. */
  file: string;
  title: string;
  publisher: string;
  author?: string | null;
  publishedOn: string;
  /** How publishedOn is known; a note is required unless it is STATED. */
  publishedOnBasis: DateBasis;
  publishedOnNote?: string | null;
  url?: string | null;
}

export interface SeedEntity {
  id: string;
  name: string;
  kind: EntityKind;
  country?: string | null;
  aliases?: string[] | null;
  description?: string | null;
}

/** Who asserts a quote, as the article tells it; `entity` links the speaker when it is in the graph. */
export interface SeedAttribution {
  kind: AttributionKind;
  /** The wording that identifies the speaker ("Bloomberg", "a BAIC Group source"). */
  name?: string | null;
  /** An entity id. */
  entity?: string | null;
}

export interface SeedEvidence {
  source: string;
  quote: string;
  reportedOn?: string | null;
  stance?: Stance | null;
  attribution: SeedAttribution;
  /** The quote states that the link stopped (what an ENDED link needs). */
  marksEnd?: boolean | null;
}

/** A background sentence kept on a link: not evidence, shown apart from it. */
export interface SeedContext {
  source: string;
  quote: string;
  reportedOn?: string | null;
}

export interface SeedRelationship {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  status: Status;
  validFrom?: string | null;
  /** How validFrom is known; given exactly when validFrom is. */
  validFromBasis?: DateBasis | null;
  validTo?: string | null;
  /** How validTo is known; given exactly when validTo is. */
  validToBasis?: DateBasis | null;
  /** How the dates were worked out; required when a basis is INFERRED, NOT_BEFORE or NOT_AFTER. */
  datesNote?: string | null;
  role?: string | null;
  note?: string | null;
  evidence: SeedEvidence[];
  context?: SeedContext[] | null;
}
