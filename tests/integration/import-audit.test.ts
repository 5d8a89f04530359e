// The import's attribution and audit trail against a Neo4j of its own (imports write, so never the
// shared seeded one), on the port after import-files.test.ts's so that the two can run at once.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { LocalNeo4j } from '../../scripts/neo4j';
import { startScratchNeo4j } from '../support/scratch-neo4j';
import type { ScratchNeo4j } from '../support/scratch-neo4j';
import { REPO_ROOT } from '../../server/config';
import { statement } from '../../server/cypher';
import type { Db } from '../../server/db';
import { ImportAccountError, importFiles, ImportValidationError, readHistory } from '../../seed/import';
import { readHistory as readRevisions } from '../../server/revisions';
import { addTestUser } from '../support/accounts';
import { SCRATCH_NEO4J_PORTS } from '../support/env';

// Every batch of an import reads, writes, records revisions and sums up its run in one
// transaction; on a loaded machine a first import takes longer than the default minute.
jest.setTimeout(180_000);

const PORT = SCRATCH_NEO4J_PORTS.import + 1;
const fixture = (name: string): { path: string; shownAs: string } => ({ path: path.join(REPO_ROOT, 'tests', 'fixtures', name), shownAs: name });
const GOOD = ['import-sources.csv', 'import-entities.csv', 'import-relationships.csv'].map(fixture);
const REPORTED = [fixture('import-audit-reported.csv')];
const DROP_QUOTE = [fixture('import-audit-drop-quote.csv')];
const FIRST_QUOTE = 'Seres Group (赛力斯) builds the AITO (问界) cars, which it develops and sells together with Huawei.';
const REL = 'aito-built-by-seres';

interface RunRow { run: Record<string, unknown>; revisions: { kind: string; action: string; recordId: string; authorId: string; file: string; version: number }[] }
const ADA = 'ada@example.com';
const GRACE = 'grace@example.com';

describe('import audit trail (against a Neo4j of its own)', () => {
  let scratch: ScratchNeo4j | undefined;
  let neo: LocalNeo4j;
  let db: Db;
  let ada: string;
  let grace: string;
  /** Import runs, and revisions written by imports. */
  const auditNodes = async (): Promise<[number, number]> => {
    const [row] = await db.read(statement('test/import-audit-counts', {}));
    return [Number(row?.runs), Number(row?.revisions)];
  };
  const revisionsOf = async (id: string) => (await readRevisions((stmt) => db.read(stmt), [id])).get(id) ?? [];
  const readRun = async (id: string | null): Promise<RunRow> => {
    const [row] = await db.read(statement('import/run', { id }));
    if (!row) throw new Error(`no ImportRun ${String(id)}`);
    return row as unknown as RunRow;
  };

  beforeAll(async () => {
    scratch = await startScratchNeo4j('import-audit', PORT, { seeded: true });
    ({ neo } = scratch);
    db = scratch.db;
    ada = await addTestUser(db, ADA);
    grace = await addTestUser(db, GRACE);
    await addTestUser(db, 'someone@example.com');
    await addTestUser(db, 'env@example.com');
    await addTestUser(db, 'reader@example.com', 'contributor');
    await addTestUser(db, 'gone@example.com', 'editor', true);
  }, 240_000);

  afterAll(async () => {
    await scratch?.stop();
  }, 60_000);

  it('attributes every change of an import to its account, in one ImportRun, as one revision per record, and stamps the records', async () => {
    const summary = await importFiles(db, GOOD, { as: ADA, now: new Date('2026-01-01T00:00:00Z') });
    expect(summary.account).toMatchObject({ id: ada, email: ADA });
    const { run, revisions } = await readRun(summary.runId);
    expect(run).toMatchObject({
      authorId: ada, file: 'import-sources.csv, import-entities.csv, import-relationships.csv', at: '2026-01-01T00:00:00Z',
      sourcesCreated: 1, entitiesCreated: 3, relationshipsCreated: 2, relationshipsUpdated: 1, evidenceCreated: 3, evidenceRemoved: 0, changes: 10, revisions: 7,
    });
    expect(new Set(revisions.map((c) => c.authorId))).toEqual(new Set([ada]));
    expect(revisions).toContainEqual({ kind: 'entity', action: 'CREATE', recordId: 'seres', authorId: ada, file: 'import-entities.csv', version: 1 });
    expect(revisions).toContainEqual({ kind: 'relationship', action: 'UPDATE', recordId: 'xiaomi-auto-subsidiary-of-xiaomi', authorId: ada, file: 'import-relationships.csv', version: 2 });
    const [seres] = await db.read(statement('import/entity-props', { ids: ['seres'] }));
    expect(seres?.props).toMatchObject({ revisedBy: ada, version: 1, importedFrom: 'import-entities.csv' });
    expect(await auditNodes()).toEqual([1, 7]);
  });

  it('overwrites the seed\'s version of a record and names it in the revision\'s before', async () => {
    const [seeded, imported] = await revisionsOf('xiaomi-auto-subsidiary-of-xiaomi');
    expect([seeded?.authorId, seeded?.version, imported?.authorId, imported?.version]).toEqual(['seed', 1, ada, 2]);
    expect(imported?.before).toBe(seeded?.after);
  });

  it('records the before and after of a relationship an import updates, over another account\'s revision', async () => {
    await importFiles(db, REPORTED, { as: GRACE, now: new Date('2026-02-01T00:00:00Z') });
    const [latest] = await readHistory(db, REL);
    expect(latest).toMatchObject({ action: 'UPDATE', kind: 'relationship', recordId: REL, editor: GRACE, file: 'import-audit-reported.csv', at: '2026-02-01T00:00:00Z' });
    expect(latest?.before).toMatchObject({ status: 'CONFIRMED', type: 'BUILT_BY', from: 'aito', to: 'seres' });
    expect(latest?.after).toMatchObject({ status: 'REPORTED' });
    const [byAda, byGrace] = await revisionsOf(REL);
    expect([byAda?.authorId, byAda?.version, byGrace?.authorId, byGrace?.version]).toEqual([ada, 1, grace, 2]);
    expect(byGrace?.before).toBe(byAda?.after);
  });

  it('announces in a dry run the quotes an import would remove, and records exactly that when it runs', async () => {
    const before = await auditNodes();
    const dry = await importFiles(db, DROP_QUOTE, { dryRun: true });
    expect(dry.quotesRemoved).toEqual(new Map([[REL, [FIRST_QUOTE]]]));
    expect(await auditNodes()).toEqual(before);
    const real = await importFiles(db, DROP_QUOTE, { as: GRACE, now: new Date('2026-03-01T00:00:00Z') });
    expect(real.audit).toEqual(dry.audit);
    expect(real.audit.evidence).toEqual({ CREATE: 0, UPDATE: 1, REMOVE: 1 });
  });

  it('keeps a removed quote in a REMOVE change whose before holds its text and source', async () => {
    const removal = (await readHistory(db, REL)).find((e) => e.action === 'REMOVE');
    expect(removal).toMatchObject({ kind: 'evidence', recordId: `${REL}#0`, editor: GRACE, after: null });
    expect(removal?.before).toMatchObject({ quote: FIRST_QUOTE, source: 'fixture-seres-aito', reportedOn: '2024-03', stance: 'SUPPORTS', relId: REL });
  });

  it('records nothing when the same file is imported again', async () => {
    const before = await auditNodes();
    const again = await importFiles(db, DROP_QUOTE, { as: 'someone@example.com', now: new Date('2026-04-01T00:00:00Z') });
    expect(again.runId).toBeNull();
    expect(await auditNodes()).toEqual(before);
  });

  it('writes no ImportRun or Change when a file is invalid', async () => {
    const before = await auditNodes();
    const err = await importFiles(db, [...REPORTED, fixture('import-bad-relationships.csv')], { as: ADA }).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(ImportValidationError);
    expect(await auditNodes()).toEqual(before);
  });

  it.each([
    ['an unknown email', 'nobody@example.com', 'No account has the email nobody@example.com'],
    ['a disabled account', 'gone@example.com', 'is disabled'],
    ['the seed system account', 'seed@system.linkage', 'is a system account'],
    ['a contributor', 'reader@example.com', 'needs an editor or admin'],
  ])('refuses to import as %s, writing nothing', async (_what, email, message) => {
    const before = await auditNodes();
    const err = await importFiles(db, REPORTED, { as: email }).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(ImportAccountError);
    expect((err as Error).message).toContain(message);
    expect(await auditNodes()).toEqual(before);
  });

  describe('npm run import', () => {
    const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
    const cli = (args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> =>
      promisify(execFile)(tsx, [path.join(REPO_ROOT, 'scripts', 'import.ts'), ...args], {
        cwd: REPO_ROOT, env: { ...process.env, LINKAGE_DOTENV: '0', NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password, INIT_CWD: REPO_ROOT, ...env },
      }).then((r) => ({ code: 0, ...r }), (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }));

    it('prints a record\'s history with --history, newest first, with who, when, file and diff', async () => {
      const run = await cli(['--history', REL]);
      expect(run.code).toBe(0);
      const lines = run.stdout.split('\n');
      const at = (text: string): number => lines.findIndex((l) => l.includes(text));
      expect(lines[0]).toBe(`History of ${REL}: 6 changes, newest first.`);
      expect(at(`2026-03-01T00:00:00Z  REMOVE evidence ${REL}#0  by ${GRACE}, from import-audit-drop-quote.csv`)).toBeGreaterThan(0);
      expect(run.stdout).toContain(`    - quote: ${JSON.stringify(FIRST_QUOTE)}`);
      expect(at(`2026-02-01T00:00:00Z  UPDATE relationship  by ${GRACE}`)).toBeGreaterThan(at('2026-03-01T00:00:00Z'));
      expect(run.stdout).toContain('    status: "CONFIRMED" → "REPORTED"');
      expect(at(`2026-01-01T00:00:00Z  CREATE relationship  by ${ADA}`)).toBeGreaterThan(at('2026-02-01T00:00:00Z'));
    });

    it('refuses an empty --as, the old --editor and LINKAGE_EDITOR, and an unknown account, with exit code 2, writing nothing', async () => {
      const before = await auditNodes();
      const file = 'tests/fixtures/import-audit-reported.csv';
      const empty = await cli([file, '--as', '']);
      expect([empty.code, empty.stderr]).toEqual([2, expect.stringContaining('--as needs an email')]);
      const old = await cli([file, '--editor', 'Ada Lovelace']);
      expect([old.code, old.stderr]).toEqual([2, expect.stringContaining('--editor NAME was replaced by --as EMAIL')]);
      const oldEnv = await cli([file], { LINKAGE_EDITOR: 'Env Editor' });
      expect([oldEnv.code, oldEnv.stderr]).toEqual([2, expect.stringContaining('LINKAGE_EDITOR was replaced by LINKAGE_IMPORT_AS=EMAIL')]);
      const unknown = await cli([file, '--as', 'nobody@example.com']);
      expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('No account has the email nobody@example.com')]);
      expect(await auditNodes()).toEqual(before);
    });

    it('attributes to LINKAGE_IMPORT_AS without --as, and lists in a dry run what the audit trail would record', async () => {
      const dry = await cli(['tests/fixtures/import-audit-drop-quote.csv', '--dry-run'], { LINKAGE_IMPORT_AS: 'env@example.com' });
      expect(dry.stdout).toContain('evidence       0 created, 0 updated, 0 removed');
      const run = await cli(['tests/fixtures/import-audit-reported.csv'], { LINKAGE_IMPORT_AS: 'Env@Example.com' });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Recorded as import run \S+ by env@example.com:/);
      expect((await readHistory(db, REL))[0]).toMatchObject({ editor: 'env@example.com', action: 'CREATE', recordId: `${REL}#0` });
      const again = await cli(['tests/fixtures/import-audit-drop-quote.csv', '--dry-run']);
      expect(again.stdout).toContain('evidence       0 created, 1 updated, 1 removed');
      expect(again.stdout).toContain(`  ${REL}: 1 quote ("Seres Group (赛力斯) builds the AITO (问界) cars`);
    });
  });
});
