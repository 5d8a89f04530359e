// `npm run import`: loads entities, relationships and their evidence from CSV or JSON files (see
// docs/import.md). Everything is read and validated first; any error stops the import before a
// single write. Only records that differ from the database are written, so a rerun is a no-op,
// and every change is a revision by the importing account (`--as EMAIL`), kept in the audit
// trail (audit.ts) with the record's JSON before and after.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../../server/db';
import type { WriteCounts } from '../loader/write';
import { rowsToRecords } from '../loader/records';
import { recordTotal } from '../loader/revise';
import { migrateImportHistory } from '../migrate';
import { importAccount, importEmail } from './account';
import type { ImportAccount } from './account';
import { AuditTrail, newRunId } from './audit';
import { addCounts, noChangeCounts, removedQuotes } from './changes';
import type { ChangeCounts } from './changes';
import { forecastChanges } from './forecast';
import { planImport } from './plan';
import type { Changes, ImportPlan } from './plan';
import { silentProgress } from './progress';
import type { Progress } from './progress';
import { readCsvImport } from './read-csv';
import { readJsonImport } from './read-json';
import { ErrorCode } from '#vocabulary/errors';
import { emptyBatch, importError, ImportValidationError, mergeBatches } from './types';
import type { ImportBatch } from './types';
import { checkImport } from './validate';
import type { CheckedImport } from './validate';
import { describeCounts, describePlan, describeRemovedQuotes } from './report';
import { writePlan } from './write';

export { formatImportError, ImportValidationError } from './types';
export type { ImportError } from './types';
export { progressBar } from './progress';
export { describePlan } from './report';
export { ImportAccountError, importAccount, importEmail, OLD_EDITOR_FLAG } from './account';
export type { ImportAccount } from './account';
export { parseImportArgs, USAGE } from './args';
export { formatHistory, readHistory } from './history';

export interface ImportOptions {
  /** Validate and report what would change, but write nothing. */
  dryRun?: boolean;
  log?: (line: string) => void;
  progress?: Progress;
  /** The time stamped on written records; tests pin it. */
  now?: Date;
  /** The email of the editor account the changes are attributed to (--as); required unless dryRun (account.ts). */
  as?: string;
}

export interface ImportSummary {
  dryRun: boolean;
  sources: Changes;
  entities: Changes;
  relationships: Changes;
  quotes: ImportPlan['quotes'];
  context: ImportPlan['context'];
  /** What the writer reports; null in a dry run. */
  written: WriteCounts | null;
  /** What the audit trail's revisions change (in a dry run: would change), by kind and action, quotes apart. */
  audit: ChangeCounts;
  /** The relationships that lose quotes, with the quotes they lose. */
  quotesRemoved: Map<string, string[]>;
  /** The ImportRun's id; null in a dry run and when nothing changed. */
  runId: string | null;
  /** The importing account; null in a dry run, which attributes nothing. */
  account: ImportAccount | null;
  ms: number;
}

/** Reads one file by its extension; `shownAs` names it in messages. */
export function readImportFile(file: string, shownAs: string = file): ImportBatch {
  const batch = emptyBatch();
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.json') {
    batch.errors.push(importError(shownAs, null, null, 'unsupported file type: give a .csv or .json file'));
    return batch;
  }
  if (!existsSync(file)) {
    batch.errors.push(importError(shownAs, null, null, 'file not found', ErrorCode.NOT_FOUND));
    return batch;
  }
  const text = readFileSync(file, 'utf8');
  return ext === '.csv' ? readCsvImport(shownAs, text) : readJsonImport(shownAs, text);
}

/** Reads and checks the files; throws ImportValidationError listing every problem. */
async function checkFiles(db: Db, files: readonly { path: string; shownAs?: string }[], log: (line: string) => void, progress: Progress): Promise<CheckedImport> {
  const shown = files.map((f) => f.shownAs ?? f.path);
  const batch = mergeBatches(files.map((f, i) => readImportFile(f.path, shown[i])));
  const records = batch.sources.length + batch.entities.length + batch.relationships.length;
  if (records === 0 && batch.errors.length === 0) {
    batch.errors.push(importError(shown.join(', ') || '(no file)', null, null, 'holds no records'));
  }
  // With nothing readable (a broken CSV, bad JSON) there is nothing to check further.
  if (records === 0) throw new ImportValidationError(batch.errors);
  log(`Read ${batch.sources.length} sources, ${batch.entities.length} entities and ${batch.relationships.length} relationships; checking them…`);
  return checkImport(db, batch, progress);
}

type Outcome = Pick<ImportSummary, 'dryRun' | 'written' | 'audit' | 'quotesRemoved' | 'runId'>;

function forecast(checked: CheckedImport, plan: ImportPlan, log: (line: string) => void): Outcome {
  const changes = forecastChanges(plan.rows, checked.stored);
  const audit = addCounts(noChangeCounts(), changes);
  const quotesRemoved = removedQuotes(changes);
  log('The audit trail would record:');
  for (const line of describeCounts(audit)) log(line);
  if (quotesRemoved.size > 0) {
    log('Quotes that would be removed (their text stays in the audit trail):');
    for (const line of describeRemovedQuotes(quotesRemoved)) log(line);
  }
  log('Dry run: nothing written.');
  return { dryRun: true, written: null, audit, quotesRemoved, runId: null };
}

interface RunOptions { files: string[]; account: ImportAccount; at: Date; log: (line: string) => void; progress: Progress }

async function writeAndRecord(db: Db, plan: ImportPlan, opts: RunOptions): Promise<Outcome> {
  const { account, at, log } = opts;
  await migrateImportHistory(db, { log });
  const trail = new AuditTrail({ id: newRunId(at), file: opts.files.map((f) => path.basename(f)).join(', '), authorId: account.id, at });
  const records = rowsToRecords(plan.rows);
  const written = await writePlan(db, plan, records, { at, account, progress: opts.progress, audit: trail });
  const quotesRemoved = trail.removedQuotes;
  if (recordTotal(records) === 0) log('Nothing to write: the database already holds all of it.');
  else {
    log(`Wrote ${written.sources} sources, ${written.entities} entities, ${written.relationships} relationships, ${written.evidence} quotes and ${written.context} context sentences; removed ${written.staleEvidenceRemoved} quotes and ${written.staleContextRemoved} context sentences no longer listed.`);
    log(`Recorded as import run ${trail.run.id} by ${account.email}:`);
    for (const line of describeCounts(trail.totals)) log(line);
  }
  if (quotesRemoved.size > 0) {
    log('Quotes removed (their text is kept in the audit trail; see npm run import -- --history ID):');
    for (const line of describeRemovedQuotes(quotesRemoved)) log(line);
  }
  return { dryRun: false, written, audit: trail.totals, quotesRemoved, runId: trail.hasChanges ? trail.run.id : null };
}

/** Imports files (paths as given) into the database; throws ImportValidationError before writing anything. */
export async function importFiles(db: Db, files: readonly { path: string; shownAs?: string }[], opts: ImportOptions = {}): Promise<ImportSummary> {
  const started = Date.now();
  const log = opts.log ?? ((): void => undefined);
  const progress = opts.progress ?? silentProgress;
  // First of all, so that an import no account can be named for stops before it reads a file.
  const account = opts.dryRun ? null : await importAccount(db, importEmail({ flag: opts.as ?? null, env: undefined }));
  const checked = await checkFiles(db, files, log, progress);
  const plan = planImport(checked);
  log(opts.dryRun ? 'Valid. The import would change:' : 'Valid. Changes:');
  for (const line of describePlan(plan)) log(line);
  const outcome = account === null
    ? forecast(checked, plan, log)
    : await writeAndRecord(db, plan, { files: files.map((f) => f.shownAs ?? f.path), account, at: opts.now ?? new Date(), log, progress });
  const { sources, entities, relationships, quotes, context } = plan;
  return { sources, entities, relationships, quotes, context, account, ...outcome, ms: Date.now() - started };
}
