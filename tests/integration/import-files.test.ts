// npm run import against a second Neo4j of its own (never the shared seeded one, since imports
// write), loaded with the curated seed so that import files can refer to its entities and sources.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { LocalNeo4j } from '../../scripts/neo4j';
import { startScratchNeo4j } from '../support/scratch-neo4j';
import type { ScratchNeo4j } from '../support/scratch-neo4j';
import { REPO_ROOT } from '../../server/config';
import { statement } from '../../server/cypher';
import type { Db } from '../../server/db';
import { NO_FILTER, readExportData, relationshipsByRefs } from '../../server/export';
import { ErrorCode } from '#vocabulary/errors';
import { importFiles, ImportValidationError } from '../../seed/import';
import type { ImportError } from '../../seed/import';
import { countGraph } from '../../seed/loader/write';
import { addTestUser } from '../support/accounts';
import { SCRATCH_NEO4J_PORTS } from '../support/env';
import type { GraphCounts } from '../../seed/loader/write';

// Every batch of an import reads, writes, records revisions and sums up its run in one
// transaction; on a loaded machine a first import takes longer than the default minute.
jest.setTimeout(180_000);

const PORT = SCRATCH_NEO4J_PORTS.import;
const fixture = (name: string): { path: string; shownAs: string } => ({ path: path.join(REPO_ROOT, 'tests', 'fixtures', name), shownAs: name });
const GOOD = ['import-sources.csv', 'import-entities.csv', 'import-relationships.csv'].map(fixture);
/** The editor account every import here writes as. */
const AS = 'importer@example.com';

describe('import files (against a Neo4j of its own)', () => {
  let scratch: ScratchNeo4j | undefined;
  let neo: LocalNeo4j;
  let dir: string;
  let db: Db;
  const counts = (): Promise<GraphCounts> => countGraph((stmt) => db.read(stmt));
  const rejection = async (work: Promise<unknown>): Promise<ImportValidationError> => {
    const err = await work.then(() => null, (e: unknown) => e);
    if (!(err instanceof ImportValidationError)) throw new Error(`expected an ImportValidationError, got ${String(err)}`);
    return err;
  };

  beforeAll(async () => {
    scratch = await startScratchNeo4j('import', PORT, { seeded: true });
    ({ neo, dir } = scratch);
    db = scratch.db;
    await addTestUser(db, AS);
  }, 240_000);

  afterAll(async () => {
    await scratch?.stop();
  }, 60_000);

  it('reports every bad row with its row, column and why, and writes nothing', async () => {
    const before = await counts();
    const err = await rejection(importFiles(db, [fixture('import-bad-relationships.csv')], { as: AS }));
    expect(err.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      ['row 2', 'type', expect.stringContaining('"BUILDS" is not a relation type')],
      ['row 3', 'quote', 'not found verbatim in source yicai-2018-oem-boost (the stored article)'],
      ['row 4', 'from_id', 'unknown entity id "nobody" (neither in the import nor in the database)'],
      ['row 5', 'status', expect.stringContaining('differs from row 4')],
      ['row 6', 'valid_from', expect.stringContaining('"2023-13" is not a date')],
    ]);
    expect(err.message).toContain('import-bad-relationships.csv row 2, column type: "BUILDS" is not a relation type');
    expect(await counts()).toEqual(before);
  });

  it('writes nothing from good files when another file of the same import is bad', async () => {
    const before = await counts();
    await rejection(importFiles(db, [...GOOD, fixture('import-bad-relationships.csv')], { as: AS }));
    expect(await counts()).toEqual(before);
  });

  it('reports in a dry run what would change, and writes nothing', async () => {
    const before = await counts();
    const lines: string[] = [];
    const summary = await importFiles(db, GOOD, { dryRun: true, log: (l) => lines.push(l) });
    expect(summary.written).toBeNull();
    expect(summary.entities.created).toEqual(['seres', 'aito', 'huawei']);
    expect(summary.relationships).toEqual({ created: ['aito-built-by-seres', 'aito-brand-of-seres'], changed: ['xiaomi-auto-subsidiary-of-xiaomi'], unchanged: 0 });
    expect(summary.quotes).toEqual({ added: 3, removed: 0 });
    expect(lines).toContain('Dry run: nothing written.');
    expect(await counts()).toEqual(before);
  });

  it('imports entities, a source and relationships from CSV, one quote per row, Chinese names intact', async () => {
    const at = new Date('2026-05-06T07:08:09.000Z');
    await importFiles(db, GOOD, { as: AS, now: at });
    const [built, subsidiary] = await relationshipsByRefs(db, [{ id: 'aito-built-by-seres', fromId: 'aito' }, { id: 'xiaomi-auto-subsidiary-of-xiaomi', fromId: 'xiaomi-auto' }], NO_FILTER);
    expect(built).toMatchObject({ type: 'BUILT_BY', from: 'aito', to: 'seres', toName: 'Seres Group', status: 'CONFIRMED', validFrom: '2024', validTo: null });
    expect(built?.evidence.map((ev) => [ev.quote, ev.reportedOn, ev.stance])).toEqual([
      ['Seres Group (赛力斯) builds the AITO (问界) cars, which it develops and sells together with Huawei.', '2024-03', 'SUPPORTS'],
      ['Huawei, which says it does not build cars itself, provides the software', '2024-03-05', 'QUALIFIES'],
    ]);
    expect(subsidiary?.note).toBe('The car-building arm, as CnEVPost puts it.');
    const entities = [];
    for await (const e of readExportData(db, NO_FILTER).entities()) if (e.id === 'seres') entities.push(e);
    expect(entities).toEqual([{ id: 'seres', name: 'Seres Group', kind: 'AUTOMAKER', country: 'CN', aliases: ['Seres', '赛力斯', '赛力斯集团'], description: 'Carmaker that builds the AITO cars, with Huawei.' }]);
    const stamps = await db.read(statement('export/import-stamps', {}));
    expect(stamps).toEqual(expect.arrayContaining([
      { kind: 'entity', file: 'import-entities.csv', count: 3, latest: '2026-05-06T07:08:09Z' },
      { kind: 'relationship', file: 'import-relationships.csv', count: 3, latest: '2026-05-06T07:08:09Z' },
      { kind: 'source', file: 'import-sources.csv', count: 1, latest: '2026-05-06T07:08:09Z' },
    ]));
  });

  it('is idempotent: importing the same files again changes and writes nothing', async () => {
    await importFiles(db, GOOD, { as: AS });
    const before = await counts();
    const stampsBefore = await db.read(statement('export/import-stamps', {}));
    const again = await importFiles(db, GOOD, { as: AS, now: new Date('2030-01-01T00:00:00Z') });
    expect([again.sources.unchanged, again.entities.unchanged, again.relationships.unchanged]).toEqual([1, 3, 3]);
    expect(again.written).toEqual({ sources: 0, entities: 0, relationships: 0, evidence: 0, staleEvidenceRemoved: 0, context: 0, staleContextRemoved: 0 });
    expect(await counts()).toEqual(before);
    expect(await db.read(statement('export/import-stamps', {}))).toEqual(stampsBefore);
  });

  it('applies the loader\'s claim rules to an import, each error at its row and column', async () => {
    const before = await counts();
    const err = await rejection(importFiles(db, [fixture('import-claims-bad.csv')], { as: AS }));
    expect(err.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      ['row 2', 'status', expect.stringContaining('its only support is OUTLET — make it REPORTED')],
      ['row 3', 'dates_note', expect.stringContaining('validFromBasis is INFERRED')],
      ['row 3', 'quote', 'names neither AITO nor Seres Group (by name or alias); move it to context or quote the sentence that names them'],
      ['row 4', 'status', expect.stringContaining('an ENDED link needs a quote that states it stopped')],
      ['row 5', 'status', expect.stringContaining('a DENIED link needs the denial itself as a CONTRADICTS quote')],
      ['row 6', 'attribution_entity', 'unknown entity id "nobody-ministry" (neither in the import nor in the database)'],
    ]);
    expect(await counts()).toEqual(before);
  });

  it('imports attribution, date bases, qualifying quotes and context from CSV, and a second run changes nothing', async () => {
    const first = await importFiles(db, [fixture('import-claims.csv')], { as: AS, now: new Date('2026-05-07T00:00:00Z') });
    expect(first.relationships.created).toEqual(['seres-in-talks-with-huawei']);
    expect([first.quotes, first.context]).toEqual([{ added: 2, removed: 0 }, { added: 1, removed: 0 }]);
    expect(first.audit.context).toEqual({ CREATE: 1, UPDATE: 0, REMOVE: 0 });
    const [talks] = await relationshipsByRefs(db, [{ id: 'seres-in-talks-with-huawei', fromId: 'seres' }], NO_FILTER);
    expect(talks).toMatchObject({ status: 'REPORTED', validFrom: '2024-03', validFromBasis: 'NOT_AFTER', validTo: null, validToBasis: null, datesNote: expect.stringContaining('gives no start') as unknown });
    expect(talks?.evidence.map((ev) => [ev.stance, ev.attribution, ev.marksEnd])).toEqual([
      ['SUPPORTS', { kind: 'OUTLET', name: 'the ministry\'s newsletter', entity: 'miit' }, false],
      ['QUALIFIES', { kind: 'ANONYMOUS', name: 'a Huawei source', entity: null }, false],
    ]);
    expect(talks?.context).toEqual([{ source: 'fixture-seres-aito', sourceTitle: expect.any(String) as unknown, quote: 'provides the software, the cockpit and the sales network', reportedOn: '2024-03-05' }]);
    const stored = await counts();
    const again = await importFiles(db, [fixture('import-claims.csv')], { as: AS });
    expect([again.relationships.unchanged, again.written?.context, again.runId]).toEqual([1, 0, null]);
    expect(await counts()).toEqual(stored);
  });

  describe('npm run import', () => {
    const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
    const cli = (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
      promisify(execFile)(tsx, [path.join(REPO_ROOT, 'scripts', 'import.ts'), ...args], {
        cwd: REPO_ROOT, env: { ...process.env, LINKAGE_DOTENV: '0', NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password, INIT_CWD: REPO_ROOT, LINKAGE_IMPORT_AS: AS },
      }).then((r) => ({ code: 0, ...r }), (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }));

    it('validates with --dry-run and exits 0, reporting the changes', async () => {
      const run = await cli(['tests/fixtures/import-relationships.csv', '--dry-run']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('relationships  0 new, 0 changed, 3 unchanged');
      expect(run.stdout).toContain('Dry run: nothing written.');
    });

    it('exits 1 and lists row-level errors on stderr when a row is bad', async () => {
      const run = await cli(['tests/fixtures/import-bad-relationships.csv']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('The import has 5 errors; nothing was written:');
      expect(run.stderr).toContain('tests/fixtures/import-bad-relationships.csv row 6, column valid_from:');
    });

    it('prints the errors as data on stdout with --json, each with its code, file, row and column', async () => {
      const run = await cli(['tests/fixtures/import-bad-relationships.csv', '--json']);
      expect(run.code).toBe(1);
      const { errors } = JSON.parse(run.stdout) as { errors: ImportError[] };
      expect(errors).toHaveLength(5);
      expect(errors[0]).toEqual({ code: ErrorCode.BAD_USER_INPUT, file: 'tests/fixtures/import-bad-relationships.csv', row: 'row 2', column: 'type', message: expect.stringContaining('"BUILDS" is not a relation type') });
      expect(run.stderr).toContain('The import has 5 errors; nothing was written:');
    });

    it('exits 2 with the usage on an unknown option', async () => {
      const run = await cli(['--dry-runn']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('Usage: npm run import -- FILE');
    });

    it('shows a progress bar on stderr for a large file', async () => {
      const file = path.join(dir, 'many-entities.json');
      const entities = Array.from({ length: 1500 }, (_, i) => ({ id: `bulk-entity-${i}`, name: `Bulk entity ${i}`, kind: 'AUTOMAKER' }));
      writeFileSync(file, JSON.stringify({ entities }));
      const run = await cli([file]);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/Writing \[#{30}\] 100% 1500\/1500/);
      expect(run.stdout).toContain('entities       1500 new');
    }, 120_000);
  });
});
