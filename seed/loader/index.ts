// The seed loader's API: read a seed folder, validate all of it, and only then write it.
import type { Db } from '../../server/db';
import { readDataset } from './read';
import { toRows } from './rows';
import { SeedValidationError } from './types';
import type { Dataset, LoadSummary } from './types';
import { validateDataset } from './validate';
import { awaitIndexes, countGraph, ensureSchema, findConflicts, writeRows } from './write';
import type { Run } from './write';

export { DEFAULT_SEED_DIR, readDataset } from './read';
export { validateDataset } from './validate';
export { formatSeedError, SeedValidationError } from './types';
export type { Dataset, LoadSummary, SeedError, SeedRecordError } from './types';

export interface LoadOptions {
  /** Validate and check against the database, but write nothing. */
  dryRun?: boolean;
  log?: (line: string) => void;
}

/** Validates and writes an in-memory data set; throws SeedValidationError before writing anything. */
export async function loadDataset(db: Db, dataset: Dataset, opts: LoadOptions = {}): Promise<LoadSummary> {
  const started = Date.now();
  const log = opts.log ?? ((): void => undefined);
  const dryRun = opts.dryRun ?? false;
  const errors = validateDataset(dataset);
  if (errors.length > 0) throw new SeedValidationError(errors);
  const rows = toRows(dataset);
  const read: Run = (stmt) => db.read(stmt);
  const write: Run = (stmt) => db.write(stmt);
  log(`Seed valid: ${rows.sources.length} sources, ${rows.entities.length} entities, ${rows.relationships.length} relationships, ${rows.evidence.length} quotes, ${rows.context.length} context sentences.`);
  const conflicts = await findConflicts(read, rows.relationships);
  if (conflicts.length > 0) throw new SeedValidationError(conflicts);

  let staleEvidenceRemoved = 0;
  let staleContextRemoved = 0;
  if (!dryRun) {
    const schema = await ensureSchema(db);
    log(`Schema: ${schema} constraint and index statements applied.`);
    const written = await writeRows(write, rows);
    staleEvidenceRemoved = written.staleEvidenceRemoved;
    staleContextRemoved = written.staleContextRemoved;
    log(`Wrote ${written.sources} sources, ${written.entities} entities, ${written.relationships} relationships, ${written.evidence} evidence, ${written.context} context; removed ${staleEvidenceRemoved} stale evidence, ${staleContextRemoved} stale context.`);
    await awaitIndexes(db);
    log('Indexes online.');
  } else {
    log('Dry run: nothing written.');
  }
  const counts = await countGraph(read);
  return {
    dryRun,
    written: { sources: rows.sources.length, entities: rows.entities.length, relationships: rows.relationships.length, evidence: rows.evidence.length, context: rows.context.length },
    staleEvidenceRemoved,
    staleContextRemoved,
    ...counts,
    ms: Date.now() - started,
  };
}

/** Reads a seed folder (default: the repository's seed/) and loads it. */
export async function loadSeedDirectory(db: Db, opts: LoadOptions & { dir?: string } = {}): Promise<LoadSummary> {
  const dataset = readDataset(opts.dir);
  opts.log?.(`Reading the seed from ${dataset.dir}.`);
  return loadDataset(db, dataset, opts);
}
