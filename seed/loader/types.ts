// The seed loader's types. The seed files' records and the error shape are in the vocabulary
// (#vocabulary/records), since the import and the export carry them too; re-exported here under
// the names the loader has always used. The reader only checks that each file holds an array;
// the validator checks every field, so after validation the record types are true.
import type { RecordKind } from '#vocabulary/editing';
import type { SeedRecordError } from '#vocabulary/records/errors';
import type { MigrationSummary } from '../migrate';
import type { SeedEntity, SeedRelationship, SeedSource } from '#vocabulary/records/seed';

export { SEED_FILES } from '#vocabulary/records/seed';
export type { SeedEntity, SeedEvidence, SeedFileName, SeedRelationship, SeedSource } from '#vocabulary/records/seed';
export type { SeedRecordError } from '#vocabulary/records/errors';

/** A source with its article text; text is null when the file could not be read. */
export interface LoadedSource extends SeedSource {
  text: string | null;
  /** Where the text was (or should have been) read from, for messages. */
  textPath: string;
}

export interface Dataset {
  /** The seed folder the data came from (for messages); in-memory data sets may name anything. */
  dir: string;
  sources: LoadedSource[];
  entities: SeedEntity[];
  relationships: SeedRelationship[];
}

/** One problem in the seed, with its code, located precisely enough to fix without searching. */
export type SeedError = SeedRecordError;

export function formatSeedError(e: SeedError): string {
  const record = e.index === null ? '' : ` record ${e.index}${e.id ? ` (${e.id})` : ''}`;
  const field = e.field ? ` field ${e.field}` : '';
  return `${e.file}${record}${field}: ${e.message}`;
}

export class SeedValidationError extends Error {
  readonly errors: SeedRecordError[];

  constructor(errors: SeedError[]) {
    const shown = errors.slice(0, 50).map((e) => `  ${formatSeedError(e)}`);
    const more = errors.length > shown.length ? [`  … and ${errors.length - shown.length} more`] : [];
    super([`The seed has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was written:`, ...shown, ...more].join('\n'));
    this.name = 'SeedValidationError';
    this.errors = errors;
  }
}

/** A seed record left as it is because another account's revision is its current one. */
export interface SkippedSeedRecord {
  kind: RecordKind; id: string; version: number;
  /** The email of the account that wrote the current revision (its id if no account has it). */
  editedBy: string;
  editedAt: string | null;
  /** "nio-built-by-jac: edited by ada@example.com on 2026-12-01, seed change skipped" */
  message: string;
}

export interface LoadSummary {
  dryRun: boolean;
  /** The seed's records, each checked against the database and written when it differs (counted in a dry run too). */
  written: { sources: number; entities: number; relationships: number; evidence: number; context: number };
  /** Records that got a new revision by the seed account (none in a dry run, none on a rerun of an unchanged seed). */
  revised: { sources: number; entities: number; relationships: number };
  /** Records already as the seed has them. */
  unchanged: number;
  /** Records the seed would change but someone else edited; left alone. */
  skipped: SkippedSeedRecord[];
  /** What migrating the old import audit into revisions did at the start; null in a dry run. */
  migrated: MigrationSummary | null;
  /** Evidence nodes removed because their relationship now cites fewer quotes. */
  staleEvidenceRemoved: number;
  /** Context nodes removed because their relationship now lists fewer context sentences. */
  staleContextRemoved: number;
  /** The database afterwards. */
  nodesByLabel: Record<string, number>;
  relationshipsByType: Record<string, number>;
  totalNodes: number;
  totalRelationships: number;
  ms: number;
}
