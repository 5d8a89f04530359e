// `npm run import -- --bulk DIR` end to end on a small generated graph: neo4j-admin into a new
// store of a scratch Neo4j of its own, compared with the same graph loaded incrementally
// (loadDataset, the seed's revision path) into a second one. The two paths must give the same
// records, stamps, revisions, counts and answers.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { generateGraph } from '../../bench/generate';
import { writeImportCsv } from '../../bench/import-csv';
import { startLocalNeo4j } from '../../scripts/neo4j';
import type { LocalNeo4j } from '../../scripts/neo4j';
import { REPO_ROOT } from '../../server/config';
import { statement } from '../../server/cypher';
import { Db, int } from '../../server/db';
import type { RecordKind } from '#vocabulary/editing';
import { readRecords } from '../../server/revisions';
import { buildSearchQuery } from '../../server/translate/search-query';
import { countGraph } from '../../seed/loader/write';
import { loadDataset } from '../../seed/loader';
import { SCRATCH_NEO4J_PORTS, TEST_NEO4J } from '../support/env';
import { startScratchNeo4j } from '../support/scratch-neo4j';
import type { ScratchNeo4j } from '../support/scratch-neo4j';

jest.setTimeout(15 * 60_000);

const PORT = SCRATCH_NEO4J_PORTS.bulk;
const PASSWORD = 'linkage-bulk-password';
const graph = generateGraph(400, 5);
const { dataset } = graph;

const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const cli = (args: string[], dataDir: string): Promise<{ code: number; stdout: string; stderr: string }> =>
  promisify(execFile)(tsx, [path.join(REPO_ROOT, 'scripts', 'import.ts'), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, LINKAGE_DOTENV: '0', NEO4J_URI: '', NEO4J_BOLT_PORT: String(PORT), NEO4J_PASSWORD: PASSWORD, NEO4J_DATA_DIR: dataDir, NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m', INIT_CWD: REPO_ROOT, LINKAGE_NEO4J_CDS: TEST_NEO4J.classDataSharing ? '1' : '0' },
  }).then((r) => ({ code: 0, ...r }), (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }));

/** Every record of the data set as stored, with its stamp less the revision's id and time. */
async function storedRecords(db: Db): Promise<unknown[]> {
  const run = (stmt: Parameters<Db['read']>[0]): ReturnType<Db['read']> => db.read(stmt);
  const lists: [RecordKind, string[] | { id: string; from: string }[]][] = [
    ['source', dataset.sources.map((s) => s.id)],
    ['entity', dataset.entities.map((e) => e.id)],
    ['relationship', dataset.relationships.map((r) => ({ id: r.id, from: r.from }))],
  ];
  const out: unknown[] = [];
  for (const [kind, refs] of lists) {
    const found = await readRecords(run, kind, refs);
    for (const [id, { record, stamp }] of [...found].sort((a, b) => a[0].localeCompare(b[0]))) out.push([kind, id, record, stamp.version, stamp.revisedBy]);
  }
  return out;
}

async function answers(db: Db): Promise<unknown> {
  const hub = graph.summary.entities[graph.summary.relFrom[0] ?? 0]?.id ?? '';
  const name = dataset.entities[5]?.name ?? '';
  const revisions = await db.read({ cypher: 'MATCH (r:Revision) RETURN r.targetKind AS kind, r.target AS target, r.version AS version, r.action AS action, r.after AS after ORDER BY kind, target', params: {} });
  return {
    counts: await countGraph((stmt) => db.read(stmt)),
    totals: await db.read(statement('query/stats/totals', {})),
    search: (await db.read(statement('query/search/fulltext', { query: buildSearchQuery(name), limit: int(5) }))).map((r) => r.id ?? r),
    entityCounts: await db.read(statement('query/entity/counts', { ids: [hub] })),
    revisions,
  };
}

describe('npm run import -- --bulk', () => {
  let dir = '';
  let incremental: ScratchNeo4j;
  let bulk: LocalNeo4j | null = null;
  let bulkDb: Db | null = null;
  let imported: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkage-bulk-'));
    writeImportCsv(path.join(dir, 'csv'), 400, 5);
    imported = await cli(['--bulk', path.join(dir, 'csv')], path.join(dir, 'neo4j'));
    incremental = await startScratchNeo4j('bulk-incremental', PORT + 1);
    await loadDataset(incremental.db, dataset);
  });
  afterAll(async () => {
    await bulkDb?.close();
    await bulk?.stop();
    await incremental.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports every file of the folder and says what it imported', () => {
    expect([imported.code, imported.stderr]).toEqual([0, expect.any(String)]);
    expect(imported.stdout).toContain(`Imported ${dataset.sources.length} sources, ${dataset.entities.length} entities, ${dataset.relationships.length} relationships`);
    expect(imported.stdout).toContain('indexes online');
  });

  it('refuses a database that is not empty, and leaves it as it is', async () => {
    const again = await cli(['--bulk', path.join(dir, 'csv')], path.join(dir, 'neo4j'));
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('is not empty');
  });

  it('refuses bad CSV with the row and column of each problem, and builds no store', async () => {
    const bad = path.join(dir, 'bad');
    fs.cpSync(path.join(dir, 'csv'), bad, { recursive: true });
    const file = path.join(bad, 'relationships.csv');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines[1] = (lines[1] ?? '').replace(/,(APPROVED_BY|ISSUED|SUBSIDIARY_OF|BRAND_OF|OPERATES|HOLDS_ROLE_AT),/, ',BUILDS,');
    fs.writeFileSync(file, lines.join('\n'));
    const run = await cli(['--bulk', bad], path.join(dir, 'bad-neo4j'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nothing was written');
    expect(run.stderr).toMatch(/relationships\.csv row 2, column type: "BUILDS" is not a relation type/);
    expect(fs.existsSync(path.join(dir, 'bad-neo4j', 'data', 'databases', 'neo4j'))).toBe(false);
  });

  it('gives the graph the incremental loader gives: records, stamps, revisions, counts and answers', async () => {
    bulk = await startLocalNeo4j({ port: PORT, password: PASSWORD, dataDir: path.join(dir, 'neo4j'), heap: '512m', pageCache: '64m', classDataSharing: TEST_NEO4J.classDataSharing, log: () => undefined });
    bulkDb = new Db({ uri: bulk.uri, user: bulk.user, password: bulk.password });
    expect(await storedRecords(bulkDb)).toEqual(await storedRecords(incremental.db));
    expect(await answers(bulkDb)).toEqual(await answers(incremental.db));
  });
});
