// Migrates the old import audit ((:ImportRun)-[:MADE]->(:Change), written before issue 10) into
// Revision nodes, record by record (replay.ts), with accounts for its free-text editor names
// (accounts.ts). Idempotent: Change nodes are marked once migrated and revision ids are derived
// from what they describe, so the seed loader and the import run it at every start and only the
// first run after the upgrade does anything. A record's revisions, its stamp and the marks on its
// Change nodes are written in one transaction.
import type { RecordKind } from '#vocabulary/editing';
import { SYSTEM_ACCOUNTS } from '#vocabulary/roles';
import { statement } from '../../server/cypher';
import type { Db, Row } from '../../server/db';
import { readRecords, recordRevisions } from '../../server/revisions';
import type { AnyRecord, NewRevision } from '../../server/revisions';
import type { ChangeAction, ChangeKind } from '../import/changes';
import { ensureSeedAccount } from '../loader/write';
import type { Run } from '../../server/db';
import { legacyEmail, newAccountId } from './accounts';
import { replayRecord, targetOf } from './replay';
import type { LegacyChange, MigratedRevision } from './replay';
import type { Props } from './records';

export { legacyEmail, LEGACY_DOMAIN } from './accounts';

export interface MigrationSummary { changes: number; revisions: number; records: number; accounts: string[]; left: string[] }

const RECORDS_PER_TRANSACTION = 200;

function parseProps(json: unknown): Props | null {
  if (typeof json !== 'string') return null;
  const value: unknown = JSON.parse(json);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Props) : null;
}

const toChange = (r: Row): LegacyChange & { migrated: boolean } => ({
  id: String(r.id), runId: String(r.runId), at: new Date(String(r.at)).toISOString(), editor: typeof r.editor === 'string' ? r.editor : '',
  file: typeof r.file === 'string' ? r.file : null, action: String(r.action) as ChangeAction, kind: String(r.kind) as ChangeKind,
  recordId: String(r.recordId), before: parseProps(r.before), after: parseProps(r.after), migrated: r.migrated === true,
});

interface Target { kind: RecordKind; id: string; from: string | null; changes: LegacyChange[] }

/** The records with at least one change not yet migrated, each with all of its changes. */
function pendingTargets(changes: readonly (LegacyChange & { migrated: boolean })[]): Target[] {
  const targets = new Map<string, Target & { pending: boolean }>();
  for (const c of changes) {
    const { kind, id } = targetOf(c);
    const key = `${kind}:${id}`;
    const t = targets.get(key) ?? { kind, id, from: null, changes: [], pending: false };
    const props = c.after ?? c.before;
    if (kind === 'relationship' && t.from === null) {
      const from = c.kind === 'relationship' ? props?.from : props?.fromId;
      if (typeof from === 'string') t.from = from;
    }
    t.changes.push(c);
    t.pending ||= !c.migrated;
    targets.set(key, t);
  }
  return [...targets.values()].filter((t) => t.pending);
}

/** Accounts for the editor names, created if missing; name → account id. */
async function legacyAccounts(run: Run, names: readonly string[]): Promise<Map<string, string>> {
  const rows = [...new Set(names)].map((name) => ({ name, email: legacyEmail(name), id: newAccountId() }));
  if (rows.length === 0) return new Map();
  return new Map((await run(statement('migrate/legacy-accounts', { rows }))).map((r) => [String(r.name), String(r.id)]));
}

const toNew = (r: MigratedRevision & { after: AnyRecord }, authors: Map<string, string>): NewRevision => ({
  id: r.id, at: new Date(r.at), authorId: r.author === 'seed' ? SYSTEM_ACCOUNTS.seed.id : authors.get(r.author.editor) ?? '',
  action: r.action, targetKind: r.targetKind, version: r.version, before: r.before, after: r.after, reason: r.reason, importRunId: r.importRunId,
});

async function migrateTargets(run: Run, targets: readonly Target[], now: Date, summary: MigrationSummary, log: (line: string) => void): Promise<void> {
  const marks: { id: string; revisionId: string | null }[] = [];
  const revisions: (MigratedRevision & { after: AnyRecord })[] = [];
  for (const kind of ['source', 'entity', 'relationship'] as const) {
    const mine = targets.filter((t) => t.kind === kind);
    const stored = await readRecords(run, kind, mine.map((t) => (kind === 'relationship' ? { id: t.id, from: t.from } : t.id)));
    for (const t of mine) {
      const now_ = stored.get(t.id);
      if (!now_) {
        // Nothing to hang a history on; the Change nodes stay, marked, with their before and after.
        for (const c of t.changes) marks.push({ id: c.id, revisionId: null });
        continue;
      }
      if (now_.stamp.version > 0) {
        summary.left.push(t.id);
        log(`  ${t.id}: already has revisions; its old import changes are left unmigrated (they stay as Change nodes).`);
        continue;
      }
      const replayed = replayRecord(kind, t.id, t.changes, now_.record, now.toISOString()).filter((r): r is MigratedRevision & { after: AnyRecord } => r.after !== null);
      revisions.push(...replayed);
      const byChange = new Map(replayed.flatMap((r) => r.changeIds.map((id) => [id, r.id] as const)));
      for (const c of t.changes) marks.push({ id: c.id, revisionId: byChange.get(c.id) ?? null });
      summary.records += 1;
    }
  }
  const authors = await legacyAccounts(run, revisions.flatMap((r) => (r.author === 'seed' ? [] : [r.author.editor])));
  await recordRevisions(run, revisions.map((r) => toNew(r, authors)));
  const files = revisions.flatMap((r) => (r.file ? [{ id: r.id, file: r.file }] : []));
  if (files.length > 0) await run(statement('import/revision-files', { rows: files }));
  if (marks.length > 0) await run(statement('migrate/mark-changes', { rows: marks, at: now.toISOString() }));
  summary.revisions += revisions.length;
  summary.changes += marks.length;
  for (const id of authors.values()) if (!summary.accounts.includes(id)) summary.accounts.push(id);
}

/** Runs before the seed or an import writes; a database without old Change nodes costs one count. */
export async function migrateImportHistory(db: Db, opts: { log?: (line: string) => void; now?: Date } = {}): Promise<MigrationSummary> {
  const log = opts.log ?? ((): void => undefined);
  const now = opts.now ?? new Date();
  const summary: MigrationSummary = { changes: 0, revisions: 0, records: 0, accounts: [], left: [] };
  const [pending] = await db.read(statement('migrate/pending', {}));
  if (Number(pending?.pending ?? 0) === 0) return summary;
  // Where the seed wrote between imports, a revision by the seed account says so.
  await ensureSeedAccount(db);
  const targets = pendingTargets((await db.read(statement('migrate/changes', {}))).map(toChange));
  log(`Migrating the old import history (${String(pending?.pending)} Change nodes, ${targets.length} records) into revisions…`);
  for (let i = 0; i < targets.length; i += RECORDS_PER_TRANSACTION) {
    const chunk = targets.slice(i, i + RECORDS_PER_TRANSACTION);
    // A fresh tally per attempt: a retried transaction counts once.
    const part = await db.transaction('WRITE', async (tx) => {
      const tally: MigrationSummary = { changes: 0, revisions: 0, records: 0, accounts: [], left: [] };
      await migrateTargets(db.runner(tx), chunk, now, tally, log);
      return tally;
    });
    summary.changes += part.changes;
    summary.revisions += part.revisions;
    summary.records += part.records;
    summary.left.push(...part.left);
    for (const id of part.accounts) if (!summary.accounts.includes(id)) summary.accounts.push(id);
  }
  log(`Migrated ${summary.changes} changes of ${summary.records} records into ${summary.revisions} revisions, by ${summary.accounts.length} legacy accounts.`);
  return summary;
}
