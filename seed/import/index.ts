// `npm run import`: loads entities, relationships and their evidence from CSV or JSON files (see
// docs/import.md). Everything is read and validated first; any error stops the import before a
// single write. Only records that differ from the database are written, so a rerun is a no-op.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../../server/db';
import type { WriteCounts } from '../loader/write';
import { planImport } from './plan';
import type { Changes, ImportPlan } from './plan';
import { silentProgress } from './progress';
import type { Progress } from './progress';
import { readCsvImport } from './read-csv';
import { readJsonImport } from './read-json';
import { emptyBatch, ImportValidationError, mergeBatches } from './types';
import type { ImportBatch } from './types';
import { checkImport } from './validate';
import { recordCount, writePlan } from './write';

export { formatImportError, ImportValidationError } from './types';
export type { ImportError } from './types';
export { progressBar } from './progress';

export interface ImportOptions {
  /** Validate and report what would change, but write nothing. */
  dryRun?: boolean;
  log?: (line: string) => void;
  progress?: Progress;
  /** The time stamped on written records; tests pin it. */
  now?: Date;
}

export interface ImportSummary {
  dryRun: boolean;
  sources: Changes;
  entities: Changes;
  relationships: Changes;
  quotes: ImportPlan['quotes'];
  /** What the writer reports; null in a dry run. */
  written: WriteCounts | null;
  ms: number;
}

/** Reads one file by its extension; `shownAs` names it in messages. */
export function readImportFile(file: string, shownAs: string = file): ImportBatch {
  const batch = emptyBatch();
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.json') {
    batch.errors.push({ file: shownAs, row: null, column: null, message: 'unsupported file type: give a .csv or .json file' });
    return batch;
  }
  if (!existsSync(file)) {
    batch.errors.push({ file: shownAs, row: null, column: null, message: 'file not found' });
    return batch;
  }
  const text = readFileSync(file, 'utf8');
  return ext === '.csv' ? readCsvImport(shownAs, text) : readJsonImport(shownAs, text);
}

function describe(name: string, c: Changes): string {
  const list = (ids: string[]): string => (ids.length === 0 ? '' : ` (${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', …' : ''})`);
  return `  ${name.padEnd(14)} ${c.created.length} new${list(c.created)}, ${c.changed.length} changed${list(c.changed)}, ${c.unchanged} unchanged`;
}

export function describePlan(plan: Pick<ImportPlan, 'sources' | 'entities' | 'relationships' | 'quotes'>): string[] {
  return [
    describe('sources', plan.sources),
    describe('entities', plan.entities),
    describe('relationships', plan.relationships),
    `  ${'quotes'.padEnd(14)} ${plan.quotes.added} added, ${plan.quotes.removed} removed`,
  ];
}

/** Imports files (paths as given) into the database; throws ImportValidationError before writing anything. */
export async function importFiles(db: Db, files: readonly { path: string; shownAs?: string }[], opts: ImportOptions = {}): Promise<ImportSummary> {
  const started = Date.now();
  const log = opts.log ?? ((): void => undefined);
  const progress = opts.progress ?? silentProgress;
  const batch = mergeBatches(files.map((f) => readImportFile(f.path, f.shownAs ?? f.path)));
  const records = batch.sources.length + batch.entities.length + batch.relationships.length;
  if (records === 0 && batch.errors.length === 0) {
    batch.errors.push({ file: files.map((f) => f.shownAs ?? f.path).join(', ') || '(no file)', row: null, column: null, message: 'holds no records' });
  }
  // With nothing readable (a broken CSV, bad JSON) there is nothing to check further.
  if (records === 0) throw new ImportValidationError(batch.errors);
  log(`Read ${batch.sources.length} sources, ${batch.entities.length} entities and ${batch.relationships.length} relationships; checking them…`);
  const plan = planImport(await checkImport(db, batch, progress));
  log(opts.dryRun ? 'Valid. The import would change:' : 'Valid. Changes:');
  for (const line of describePlan(plan)) log(line);
  let written: WriteCounts | null = null;
  if (opts.dryRun) log('Dry run: nothing written.');
  else {
    written = await writePlan(db, plan, opts.now ?? new Date(), progress);
    if (recordCount(plan.rows) === 0) log('Nothing to write: the database already holds all of it.');
    else log(`Wrote ${written.sources} sources, ${written.entities} entities, ${written.relationships} relationships and ${written.evidence} quotes; removed ${written.staleEvidenceRemoved} quotes no longer listed.`);
  }
  const { sources, entities, relationships, quotes } = plan;
  return { dryRun: opts.dryRun ?? false, sources, entities, relationships, quotes, written, ms: Date.now() - started };
}
