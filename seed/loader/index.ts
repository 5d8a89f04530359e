// The seed loader's API: read a seed folder, validate all of it, and only then write it, through
// the revision path as the `seed` account (revise.ts). A record someone else edited since the
// seed's last revision of it is left alone and reported.
import type { RecordKind } from '#vocabulary/editing';
import { usersByIds } from '../../server/accounts/users';
import type { Db } from '../../server/db';
import { migrateImportHistory } from '../migrate';
import { readDataset } from './read';
import { rowsToRecords } from './records';
import { reviseAll } from './revise';
import type { BatchResult } from './revise';
import { toRows } from './rows';
import { SeedValidationError } from './types';
import type { Dataset, LoadSummary, SkippedSeedRecord } from './types';
import { validateDataset } from './validate';
import { awaitIndexes, countGraph, ensureSchema, ensureSeedAccount, findConflicts } from './write';
import type { Run } from '../../server/db';

export { DEFAULT_SEED_DIR, readDataset } from './read';
export { validateDataset } from './validate';
export { formatSeedError, SeedValidationError } from './types';
export type { Dataset, LoadSummary, SeedError, SeedRecordError, SkippedSeedRecord } from './types';

export interface LoadOptions {
  /** Validate and check against the database, but write nothing. */
  dryRun?: boolean;
  log?: (line: string) => void;
  /** The time the seed's revisions carry; tests pin it. */
  now?: Date;
}

const SEED_FILE: Record<RecordKind, string> = { source: 'sources.json', entity: 'entities.json', relationship: 'relationships.json' };

const removedIds = (before: { id: string }[], after: { id: string }[]): number => before.filter((b) => !after.some((a) => a.id === b.id)).length;

function staleRemoved(results: readonly BatchResult[], list: 'evidence' | 'context'): number {
  let n = 0;
  for (const r of results) {
    if (r.kind !== 'relationship') continue;
    for (const w of r.written) {
      const before = w.before as { evidence: { id: string }[]; context: { id: string }[] } | null;
      const after = w.after as { evidence: { id: string }[]; context: { id: string }[] };
      if (before) n += removedIds(before[list], after[list]);
    }
  }
  return n;
}

/** "nio-built-by-jac: edited by ada@example.com on 2026-12-01, seed change skipped". */
export const describeSkipped = (s: Pick<SkippedSeedRecord, 'id' | 'editedBy' | 'editedAt'>): string =>
  `${s.id}: edited by ${s.editedBy}${s.editedAt ? ` on ${s.editedAt.slice(0, 10)}` : ''}, seed change skipped`;

async function writeSeed(db: Db, dataset: Dataset, at: Date, log: (line: string) => void): Promise<Pick<LoadSummary, 'revised' | 'unchanged' | 'skipped' | 'staleEvidenceRemoved' | 'staleContextRemoved' | 'migrated'>> {
  const schema = await ensureSchema(db);
  const authorId = await ensureSeedAccount(db);
  log(`Schema: ${schema} constraint and index statements applied.`);
  const migrated = await migrateImportHistory(db, { log, now: at });
  const results = await reviseAll(db, rowsToRecords(toRows(dataset)), {
    authorId, at, leaveOthersEdits: true, reason: (kind) => `Seed load (seed/data/${SEED_FILE[kind]})`,
  });
  const count = (kind: RecordKind): number => results.filter((r) => r.kind === kind).reduce((n, r) => n + r.written.length, 0);
  const revised = { sources: count('source'), entities: count('entity'), relationships: count('relationship') };
  const skippedRaw = results.flatMap((r) => r.skipped);
  const editors = [...new Set(skippedRaw.map((s) => s.revisedBy))];
  const emails = new Map((await usersByIds(db, editors)).flatMap((u) => (u ? [[u.id, u.email] as const] : [])));
  const skipped = skippedRaw.map((s): SkippedSeedRecord => {
    const record = { kind: s.kind, id: s.id, version: s.version, editedBy: emails.get(s.revisedBy) ?? s.revisedBy, editedAt: s.revisedAt };
    return { ...record, message: describeSkipped(record) };
  });
  const unchanged = results.reduce((n, r) => n + r.unchanged, 0);
  log(`Revised ${revised.sources} sources, ${revised.entities} entities, ${revised.relationships} relationships as the seed account; ${unchanged} unchanged, ${skipped.length} edited by others and left alone.`);
  await awaitIndexes(db);
  log('Indexes online.');
  return { revised, unchanged, skipped, staleEvidenceRemoved: staleRemoved(results, 'evidence'), staleContextRemoved: staleRemoved(results, 'context'), migrated };
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
  log(`Seed valid: ${rows.sources.length} sources, ${rows.entities.length} entities, ${rows.relationships.length} relationships, ${rows.evidence.length} quotes, ${rows.context.length} context sentences.`);
  const conflicts = await findConflicts(read, rows.relationships);
  if (conflicts.length > 0) throw new SeedValidationError(conflicts);

  const none = { revised: { sources: 0, entities: 0, relationships: 0 }, unchanged: 0, skipped: [], staleEvidenceRemoved: 0, staleContextRemoved: 0, migrated: null };
  const outcome = dryRun ? none : await writeSeed(db, dataset, opts.now ?? new Date(), log);
  if (dryRun) log('Dry run: nothing written.');
  const counts = await countGraph(read);
  return {
    dryRun,
    written: { sources: rows.sources.length, entities: rows.entities.length, relationships: rows.relationships.length, evidence: rows.evidence.length, context: rows.context.length },
    ...outcome,
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
