// The seed writing through the revision path, against a Neo4j of its own (these tests edit
// records and load changed seeds, which the shared seeded database must never see): the old
// import history migrated into revisions, the seed's first revisions, no revision on an
// unchanged rerun, and an edit by another account left in place and reported.
import { execFile } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../../server/config';
import { statement } from '../../server/cypher';
import type { Db } from '../../server/db';
import { applyRecords, NO_RECORDS, newRevisionId, parseRecordJson, readHistory, readRecords, recordRevisions } from '../../server/revisions';
import type { RelationshipRecord } from '../../server/revisions';
import { loadSeedDirectory, readDataset } from '../../seed/loader';
import { toRows } from '../../seed/loader/rows';
import { ensureSchema, writeRows } from '../../seed/loader/write';
import { migrateImportHistory } from '../../seed/migrate';
import { addTestUser } from '../support/accounts';
import { SCRATCH_NEO4J_PORTS } from '../support/env';
import { startScratchNeo4j } from '../support/scratch-neo4j';
import type { ScratchNeo4j } from '../support/scratch-neo4j';

jest.setTimeout(180_000);

const SMALL = path.join(REPO_ROOT, 'tests', 'fixtures', 'seed-small');
const REL = 'acme-built-by-beta';
const json = (value: unknown): string => JSON.stringify(value);

describe('seed/loader through the revision path (against a Neo4j of its own)', () => {
  let scratch: ScratchNeo4j | undefined;
  let db: Db;
  let ada: string;
  const counts = async (): Promise<{ revisions: number; bySeed: number }> => {
    const [row] = await db.read(statement('test/revision-counts', {}));
    return { revisions: Number(row?.revisions), bySeed: Number(row?.bySeed) };
  };
  const history = async (id: string) => (await readHistory((stmt) => db.read(stmt), [id])).get(id) ?? [];
  const user = async (email: string): Promise<Record<string, unknown> | undefined> =>
    (await db.read(statement('test/user-by-email', { email })))[0]?.user as Record<string, unknown> | undefined;

  /** A copy of the small seed in the scratch folder, changed by `edit`. */
  function changedSeed(name: string, edit: (relationships: Record<string, unknown>[]) => void): string {
    const dir = path.join(scratch?.dir ?? '', name);
    cpSync(SMALL, dir, { recursive: true });
    const file = path.join(dir, 'data', 'relationships.json');
    const relationships = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
    edit(relationships);
    writeFileSync(file, JSON.stringify(relationships, null, 2));
    return dir;
  }

  beforeAll(async () => {
    scratch = await startScratchNeo4j('seed-revisions', SCRATCH_NEO4J_PORTS.seed);
    db = scratch.db;
    ada = await addTestUser(db, 'ada@example.com');
    // A database from before revisions: the small seed as the old loader wrote it (no version
    // stamps), one entity an old import created, and one an old import changed and kept.
    await ensureSchema(db);
    const rows = toRows(readDataset(SMALL));
    const dana = rows.entities.find((e) => e.id === 'dana-li');
    if (!dana) throw new Error('fixture changed');
    const legacy = { ...dana, id: 'zz-legacy', name: 'Legacy Import Co', kind: 'AUTOMAKER' as const, label: 'Company' as const, aliases: [], description: null, searchKeys: ['legacyimportco'] };
    const danaEdited = { ...dana, description: 'Edited by an old import.' };
    await writeRows((stmt) => db.write(stmt), { ...rows, entities: [...rows.entities.filter((e) => e.id !== 'dana-li'), danaEdited, legacy] });
    const rel = rows.relationships.find((r) => r.id === REL);
    const strip = ({ label, staleLabels, ...props }: typeof dana): Record<string, unknown> => props;
    const changes = [
      { id: 'run1-000001', file: 'entities.csv', action: 'CREATE', kind: 'entity', recordId: 'zz-legacy', before: null, after: json({ ...strip(legacy), importedBy: 'Grace Hopper' }) },
      { id: 'run1-000002', file: 'entities.csv', action: 'UPDATE', kind: 'entity', recordId: 'dana-li', before: json(strip(dana)), after: json({ ...strip(danaEdited), importedBy: 'Grace Hopper' }) },
    ];
    await db.write(statement('test/add-legacy-changes', { run: { id: 'run1', file: 'entities.csv', editor: 'Grace Hopper', at: '2025-06-01T00:00:00Z' }, changes }));
    // An old import that set the link DENIED, which the old seed loader silently reverted (the database holds the seed's status).
    const relChange = { id: 'run2-000001', file: 'relationships.csv', action: 'UPDATE', kind: 'relationship', recordId: REL, before: json(rel), after: json({ ...rel, status: 'DENIED' }) };
    await db.write(statement('test/add-legacy-changes', { run: { id: 'run2', file: 'relationships.csv', editor: 'Ada Lovelace', at: '2025-07-01T00:00:00Z' }, changes: [relChange] }));
  }, 240_000);

  afterAll(async () => {
    await scratch?.stop();
  }, 60_000);

  it('migrates the old import history into revisions by legacy accounts when the seed first runs, and a rerun migrates nothing', async () => {
    const summary = await loadSeedDirectory(db, { dir: SMALL, now: new Date('2026-11-01T00:00:00Z') });
    expect(summary.migrated).toMatchObject({ changes: 3, records: 3, left: [] });
    const grace = await user('grace-hopper@legacy.linkage');
    expect(grace).toMatchObject({ role: 'contributor', disabled: true, system: false, legacyName: 'Grace Hopper' });
    expect((await history('zz-legacy')).map((r) => [r.version, r.authorId, r.action, r.importRunId])).toEqual([[1, grace?.id, 'CREATE', 'run1']]);
    // The import's edit of dana-li stood: the seed's reconstructed load, then the import.
    const dana = await history('dana-li');
    expect(dana.map((r) => [r.version, r.authorId, r.action])).toEqual([[1, 'seed', 'CREATE'], [2, grace?.id, 'UPDATE']]);
    expect(parseRecordJson('entity', dana[1]?.after ?? null)).toMatchObject({ description: 'Edited by an old import.' });
    // The old seed reverted Ada's DENIED: the history says so, and ends with what the record holds.
    const adaLegacy = await user('ada-lovelace@legacy.linkage');
    const rel = await history(REL);
    expect(rel.map((r) => [r.version, r.authorId, r.action])).toEqual([[1, 'seed', 'CREATE'], [2, adaLegacy?.id, 'UPDATE'], [3, 'seed', 'UPDATE']]);
    expect(parseRecordJson('relationship', rel[1]?.after ?? null)).toMatchObject({ status: 'DENIED' });
    expect(parseRecordJson('relationship', rel[2]?.after ?? null)).toMatchObject({ status: 'REPORTED', evidence: [expect.objectContaining({ id: `${REL}#0` })] });
    const marks = await db.read(statement('test/change-marks', {}));
    expect(marks.every((m) => m.migrated === true)).toBe(true);
    expect(marks.find((m) => m.id === 'run2-000001')?.revisionId).toBe(rel[1]?.id);

    const before = await counts();
    expect(await migrateImportHistory(db)).toEqual({ changes: 0, revisions: 0, records: 0, accounts: [], left: [] });
    expect(await counts()).toEqual(before);
  });

  it('gives every record loaded before revisions its first revision by the seed, first in its history', async () => {
    for (const id of ['acme', 'beta', 'article-one', 'dana-li-ceo-of-beta', 'dana-li', REL]) {
      const [first] = await history(id);
      expect([id, first?.authorId, first?.version, first?.action]).toEqual([id, 'seed', 1, 'CREATE']);
    }
    const [acme] = await history('acme');
    expect(acme?.before).toBeNull();
    expect(parseRecordJson('entity', acme?.after ?? null)).toMatchObject({ id: 'acme', name: 'Acme Motors', retired: false });
  });

  it('leaves a record an old import edited alone, and adds no revision when the seed is loaded again unchanged', async () => {
    const before = await counts();
    const again = await loadSeedDirectory(db, { dir: SMALL });
    expect(again.revised).toEqual({ sources: 0, entities: 0, relationships: 0 });
    expect(again.skipped.map((s) => s.message)).toEqual(['dana-li: edited by grace-hopper@legacy.linkage on 2025-06-01, seed change skipped']);
    expect(await counts()).toEqual(before);
  });

  it('leaves an editor\'s edit in place when the seed changes that record, says so, and updates the records no one else edited', async () => {
    const at = new Date('2026-12-01T10:00:00Z');
    await db.transaction('WRITE', async (tx) => {
      const run = db.runner(tx);
      const stored = (await readRecords(run, 'relationship', [{ id: REL, from: 'acme' }])).get(REL);
      if (!stored) throw new Error(`${REL} is not stored`);
      const after: RelationshipRecord = { ...stored.record, note: 'Checked by Ada against the filing.' };
      await applyRecords(run, { ...NO_RECORDS, relationships: [after] });
      await recordRevisions(run, [{ id: newRevisionId(at), at, authorId: ada, action: 'UPDATE', targetKind: 'relationship', version: stored.stamp.version + 1, before: stored.record, after }]);
    });
    const dir = changedSeed('seed-changed', (rels) => {
      for (const r of rels) r.note = `Seed note for ${String(r.id)}.`;
    });
    const summary = await loadSeedDirectory(db, { dir });
    expect(summary.skipped).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'relationship', id: REL, version: 4, editedBy: 'ada@example.com', message: `${REL}: edited by ada@example.com on 2026-12-01, seed change skipped` }),
    ]));
    expect(summary.revised).toEqual({ sources: 0, entities: 0, relationships: 1 });
    const byId = await db.transaction('READ', (tx) => readRecords(db.runner(tx), 'relationship', [REL, 'dana-li-ceo-of-beta']));
    expect(byId.get(REL)?.record.note).toBe('Checked by Ada against the filing.');
    expect(byId.get('dana-li-ceo-of-beta')?.record.note).toBe('Seed note for dana-li-ceo-of-beta.');
    expect((await history('dana-li-ceo-of-beta')).map((r) => [r.version, r.authorId])).toEqual([[1, 'seed'], [2, 'seed']]);
    expect((await history(REL)).map((r) => r.authorId).at(-1)).toBe(ada);
  });

  it('prints the records it left alone when run as npm run seed', async () => {
    const neo = scratch?.neo;
    if (!neo) throw new Error('no scratch Neo4j');
    const dir = changedSeed('seed-changed-cli', (rels) => {
      for (const r of rels) r.note = `Seed note for ${String(r.id)}.`;
    });
    const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
    const { stdout } = await promisify(execFile)(tsx, [path.join(REPO_ROOT, 'seed', 'load.ts'), '--dir', dir], {
      cwd: REPO_ROOT, env: { ...process.env, LINKAGE_DOTENV: '0', NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password },
    });
    expect(stdout).toContain('Left alone, edited by others since the seed\'s last revision (2):');
    expect(stdout).toContain(`  ${REL}: edited by ada@example.com on 2026-12-01, seed change skipped`);
    expect(stdout).toContain('  dana-li: edited by grace-hopper@legacy.linkage on 2025-06-01, seed change skipped');
    expect(stdout).toContain('0 records revised as the seed account');
  });
});
