// The seed files' records (seed/data/*.json), as curators write them and as the import and the
// JSON export carry them. The JSON Schemas in docs/schema/ describe the same shapes (schema.ts
// builds them from these names and the vocabulary); the seed loader checks every file against them.
import type { EntityKind, RelationType, Stance, Status } from '../index';

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

export interface SeedEvidence {
  source: string;
  quote: string;
  reportedOn?: string | null;
  stance?: Stance | null;
}

export interface SeedRelationship {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  status: Status;
  validFrom?: string | null;
  validTo?: string | null;
  role?: string | null;
  note?: string | null;
  evidence: SeedEvidence[];
}
