// The shapes of the seed files, as the curators write them. The reader only checks that each file
// holds an array; the validator checks every field, so after validation these types are true.
import type { EntityKind, RelationType, Stance, Status } from '#vocabulary';

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

/** A source with its article text; text is null when the file could not be read. */
export interface LoadedSource extends SeedSource {
  text: string | null;
  /** Where the text was (or should have been) read from, for messages. */
  textPath: string;
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

export interface Dataset {
  /** The seed folder the data came from (for messages); in-memory data sets may name anything. */
  dir: string;
  sources: LoadedSource[];
  entities: SeedEntity[];
  relationships: SeedRelationship[];
}

/** One problem in the seed, located precisely enough to fix without searching. */
export interface SeedError {
  file: SeedFileName;
  /** Position in the file's array, counted from 0; null for a problem with the file as a whole. */
  index: number | null;
  id: string | null;
  /** Dotted path of the field, e.g. "evidence[0].quote"; null for the record as a whole. */
  field: string | null;
  message: string;
}

export function formatSeedError(e: SeedError): string {
  const record = e.index === null ? '' : ` record ${e.index}${e.id ? ` (${e.id})` : ''}`;
  const field = e.field ? ` field ${e.field}` : '';
  return `${e.file}${record}${field}: ${e.message}`;
}

export class SeedValidationError extends Error {
  readonly errors: SeedError[];

  constructor(errors: SeedError[]) {
    const shown = errors.slice(0, 50).map((e) => `  ${formatSeedError(e)}`);
    const more = errors.length > shown.length ? [`  … and ${errors.length - shown.length} more`] : [];
    super([`The seed has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was written:`, ...shown, ...more].join('\n'));
    this.name = 'SeedValidationError';
    this.errors = errors;
  }
}

export interface LoadSummary {
  dryRun: boolean;
  /** Records merged into the database (or that would be, in a dry run). */
  written: { sources: number; entities: number; relationships: number; evidence: number };
  /** Evidence nodes removed because their relationship now cites fewer quotes. */
  staleEvidenceRemoved: number;
  /** The database afterwards. */
  nodesByLabel: Record<string, number>;
  relationshipsByType: Record<string, number>;
  totalNodes: number;
  totalRelationships: number;
  ms: number;
}
