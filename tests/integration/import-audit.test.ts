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
import { importFiles, ImportValidationError, readHistory } from '../../seed/import';
import { countGraph } from '../../seed/loader/write';
import { SCRATCH_NEO4J_PORTS } from '../support/env';

const PORT = SCRATCH_NEO4J_PORTS.import + 1;
const fixture = (name: string): { path: string; shownAs: string } => ({ path: path.join(REPO_ROOT, 'tests', 'fixtures', name), shownAs: name });
const GOOD = ['import-sources.csv', 'import-entities.csv', 'import-relationships.csv'].map(fixture);
const REPORTED = [fixture('import-audit-reported.csv')];
const DROP_QUOTE = [fixture('import-audit-drop-quote.csv')];
const FIRST_QUOTE = 'Seres Group (赛力斯) builds the AITO (问界) cars, which it develops and sells together with Huawei.';
const REL = 'aito-built-by-seres';

interface RunRow { run: Record<string, unknown>; changes: { kind: string; action: string; recordId: string; editor: string; file: string }[] }

describe('import audit trail (against a Neo4j of its own)', () => {
  let scratch: ScratchNeo4j | undefined;
  let neo: LocalNeo4j;
  let db: Db;
  const auditNodes = async (): Promise<[number, number]> => {
    const { nodesByLabel } = await countGraph((stmt) => db.read(stmt));
    return [nodesByLabel.ImportRun ?? 0, nodesByLabel.Change ?? 0];
  };
  const readRun = async (id: string | null): Promise<RunRow> => {
    const [row] = await db.read(statement('import/run', { id }));
    if (!row) throw new Error(`no ImportRun ${String(id)}`);
    return row as unknown as RunRow;
  };

  beforeAll(async () => {
    scratch = await startScratchNeo4j('import-audit', PORT, { seeded: true });
    ({ neo } = scratch);
    db = scratch.db;
  }, 240_000);

  afterAll(async () => {
    await scratch?.stop();
  }, 60_000);

  it('attributes every change of an import to its editor, in one ImportRun, and stamps importedBy', async () => {
    const summary = await importFiles(db, GOOD, { editor: 'Ada Lovelace', now: new Date('2026-01-01T00:00:00Z') });
    const { run, changes } = await readRun(summary.runId);
    expect(run).toMatchObject({
      editor: 'Ada Lovelace', file: 'import-sources.csv, import-entities.csv, import-relationships.csv', at: '2026-01-01T00:00:00Z',
      sourcesCreated: 1, entitiesCreated: 3, relationshipsCreated: 2, relationshipsUpdated: 1, evidenceCreated: 3, evidenceRemoved: 0, changes: 10,
    });
    expect(new Set(changes.map((c) => c.editor))).toEqual(new Set(['Ada Lovelace']));
    expect(changes).toContainEqual({ kind: 'entity', action: 'CREATE', recordId: 'seres', editor: 'Ada Lovelace', file: 'import-entities.csv' });
    expect(changes).toContainEqual({ kind: 'relationship', action: 'UPDATE', recordId: 'xiaomi-auto-subsidiary-of-xiaomi', editor: 'Ada Lovelace', file: 'import-relationships.csv' });
    const [seres] = await db.read(statement('import/entity-props', { ids: ['seres'] }));
    expect(seres?.props).toMatchObject({ importedBy: 'Ada Lovelace', importedFrom: 'import-entities.csv' });
    expect(await auditNodes()).toEqual([1, 10]);
  });

  it('records the before and after of a relationship an import updates', async () => {
    await importFiles(db, REPORTED, { editor: 'Grace Hopper', now: new Date('2026-02-01T00:00:00Z') });
    const [latest] = await readHistory(db, REL);
    expect(latest).toMatchObject({ action: 'UPDATE', kind: 'relationship', recordId: REL, editor: 'Grace Hopper', file: 'import-audit-reported.csv', at: '2026-02-01T00:00:00Z' });
    expect(latest?.before).toMatchObject({ status: 'CONFIRMED', type: 'BUILT_BY', from: 'aito', to: 'seres', importedBy: 'Ada Lovelace' });
    expect(latest?.after).toMatchObject({ status: 'REPORTED', importedBy: 'Grace Hopper' });
  });

  it('announces in a dry run the quotes an import would remove, and records exactly that when it runs', async () => {
    const before = await auditNodes();
    const dry = await importFiles(db, DROP_QUOTE, { dryRun: true });
    expect(dry.quotesRemoved).toEqual(new Map([[REL, [FIRST_QUOTE]]]));
    expect(await auditNodes()).toEqual(before);
    const real = await importFiles(db, DROP_QUOTE, { editor: 'Grace Hopper', now: new Date('2026-03-01T00:00:00Z') });
    expect(real.audit).toEqual(dry.audit);
    expect(real.audit.evidence).toEqual({ CREATE: 0, UPDATE: 1, REMOVE: 1 });
  });

  it('keeps a removed quote in a REMOVE change whose before holds its text and source', async () => {
    const removal = (await readHistory(db, REL)).find((e) => e.action === 'REMOVE');
    expect(removal).toMatchObject({ kind: 'evidence', recordId: `${REL}#0`, editor: 'Grace Hopper', after: null });
    expect(removal?.before).toMatchObject({ quote: FIRST_QUOTE, source: 'fixture-seres-aito', reportedOn: '2024-03', stance: 'SUPPORTS', relId: REL });
  });

  it('records nothing when the same file is imported again', async () => {
    const before = await auditNodes();
    const again = await importFiles(db, DROP_QUOTE, { editor: 'Someone Else', now: new Date('2026-04-01T00:00:00Z') });
    expect(again.runId).toBeNull();
    expect(await auditNodes()).toEqual(before);
  });

  it('writes no ImportRun or Change when a file is invalid', async () => {
    const before = await auditNodes();
    const err = await importFiles(db, [...REPORTED, fixture('import-bad-relationships.csv')], { editor: 'Ada Lovelace' }).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(ImportValidationError);
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
      expect(at(`2026-03-01T00:00:00Z  REMOVE evidence ${REL}#0  by Grace Hopper, from import-audit-drop-quote.csv`)).toBeGreaterThan(0);
      expect(run.stdout).toContain(`    - quote: ${JSON.stringify(FIRST_QUOTE)}`);
      expect(at('2026-02-01T00:00:00Z  UPDATE relationship  by Grace Hopper')).toBeGreaterThan(at('2026-03-01T00:00:00Z'));
      expect(run.stdout).toContain('    status: "CONFIRMED" → "REPORTED"');
      expect(at('2026-01-01T00:00:00Z  CREATE relationship  by Ada Lovelace')).toBeGreaterThan(at('2026-02-01T00:00:00Z'));
    });

    it('refuses an empty --editor with exit code 2 and writes nothing', async () => {
      const before = await auditNodes();
      const run = await cli(['tests/fixtures/import-audit-reported.csv', '--editor', '']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--editor needs a name');
      expect(await auditNodes()).toEqual(before);
    });

    it('attributes to LINKAGE_EDITOR without --editor, and lists in a dry run what the audit trail would record', async () => {
      const dry = await cli(['tests/fixtures/import-audit-drop-quote.csv', '--dry-run'], { LINKAGE_EDITOR: 'Env Editor' });
      expect(dry.stdout).toContain('evidence       0 created, 0 updated, 0 removed');
      const run = await cli(['tests/fixtures/import-audit-reported.csv'], { LINKAGE_EDITOR: 'Env Editor' });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Recorded as import run \S+ by Env Editor:/);
      expect((await readHistory(db, REL))[0]).toMatchObject({ editor: 'Env Editor', action: 'CREATE', recordId: `${REL}#0` });
      const again = await cli(['tests/fixtures/import-audit-drop-quote.csv', '--dry-run']);
      expect(again.stdout).toContain('evidence       0 created, 1 updated, 1 removed');
      expect(again.stdout).toContain(`  ${REL}: 1 quote ("Seres Group (赛力斯) builds the AITO (问界) cars`);
    });
  });
});
