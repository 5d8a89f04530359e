// `npm run intake` (scripts/intake.ts) as a user runs it, against the shared seeded test Neo4j:
// the --json document has the shape, the readable output names the candidates, usage
// mistakes exit 2, and without --propose nothing at all is written.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../../server/config';
import { statement } from '../../server/cypher';
import type { Db } from '../../server/db';
import { testDb, testDbOptions } from '../support/env';

const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const ARTICLE = 'tests/fixtures/intake-cli-article.txt';

interface Run { code: number; stdout: string; stderr: string }

function cli(args: string[]): Promise<Run> {
  const { uri, user, password } = testDbOptions();
  return promisify(execFile)(tsx, [path.join(REPO_ROOT, 'scripts', 'intake.ts'), ...args], {
    cwd: REPO_ROOT, env: { ...process.env, LINKAGE_DOTENV: '0', NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, INIT_CWD: REPO_ROOT },
  }).then((r) => ({ code: 0, ...r }), (e: Run) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }));
}

/** Everything a write would add to: nodes and relationships of every kind. */
async function totals(db: Db): Promise<unknown> {
  const [row] = await db.read(statement('test/editing-counts', { target: '' }));
  const [stats] = await db.read(statement('query/stats/totals', {}));
  return { row, stats };
}

jest.setTimeout(120_000);

describe('npm run intake', () => {
  let db: Db;
  beforeAll(() => { db = testDb(); });
  afterAll(() => db.close());

  it('prints one JSON document of the issue\'s shape with --json, and writes nothing', async () => {
    const before = await totals(db);
    const run = await cli([ARTICLE, '--json', '--title', 'Harbour buys Lifan', '--publisher', 'Example Wire', '--published-on', '2024-03-05']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      source: Record<string, unknown>; entities: Record<string, unknown>[];
      claims: { from: Record<string, unknown>; to: Record<string, unknown>; quote: string; existing: string | null; type: string }[];
    };
    expect(Object.keys(doc)).toEqual(['source', 'entities', 'claims']);
    expect(doc.source).toEqual({ title: 'Harbour buys Lifan', publishedOn: '2024-03-05', sentences: expect.any(Number) as unknown });
    expect(doc.entities).toContainEqual({ name: 'NIO', entityId: 'nio', kind: 'EV_STARTUP', mentions: expect.any(Number) as unknown });
    for (const e of doc.entities) expect(Object.keys(e)).toEqual(['name', 'entityId', 'kind', 'mentions']);
    expect(doc.claims.length).toBeGreaterThan(0);
    for (const c of doc.claims) {
      expect(Object.keys(c)).toEqual(['from', 'to', 'type', 'status', 'quote', 'attribution', 'validFrom', 'validFromBasis', 'existing', 'score', 'why']);
      expect(Object.keys(c.from)).toEqual(['name', 'entityId']);
    }
    expect(doc.claims.find((c) => c.type === 'BUILT_BY' && c.from.entityId === 'nio')?.existing).toBe('nio-built-by-jac');
    expect(doc.claims.map((c) => c.quote).join(' ')).not.toMatch(/Share this article|Leave a Reply/);
    expect(run.stderr).toContain('Nothing was written');
    expect(await totals(db)).toEqual(before);
  });

  it('prints the candidates readably without --json, and writes nothing', async () => {
    const before = await totals(db);
    const run = await cli([ARTICLE, '--publisher', 'Example Wire']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^"intake-cli-article": \d+ sentences, \d+ entities, \d+ claims\./);
    expect(run.stdout).toContain('NIO (nio) BUILT_BY JAC Motors (jac)');
    expect(run.stdout).toContain('[new evidence for nio-built-by-jac]');
    expect(run.stdout).toContain('"Analysts noted that NIO was built by JAC Motors under a contract that runs for years."');
    expect(run.stdout).toContain('Nothing was written');
    expect(await totals(db)).toEqual(before);
  });

  it.each([
    [[], 'No file given'],
    [[ARTICLE, '--format', 'pdf'], '--format must be text, markdown or html'],
    [[ARTICLE, '--propose'], '--propose needs --as EMAIL'],
    [[ARTICLE, '--as', 'ada@example.org'], '--as names who files the proposals'],
    [[ARTICLE, '--propose', '--as', 'ada@example.org'], '--propose stores the article as a source, which needs --publisher'],
    [[ARTICLE, '--bogus'], "Unknown option '--bogus'"],
  ])('exits 2 with the usage for %j', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Usage: npm run intake -- FILE');
  });

  it('exits 2 naming an account that may not propose, before writing anything', async () => {
    const before = await totals(db);
    const run = await cli([ARTICLE, '--publisher', 'Example Wire', '--propose', '--as', 'nobody@example.org']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No account has the email nobody@example.org');
    expect(await totals(db)).toEqual(before);
  });
});
