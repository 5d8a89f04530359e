// neighbourhood, paths and the paged relationships list on the seeded Neo4j, through HTTP.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { REPO_ROOT } from '../../server/config';
import { Db } from '../../server/db';
import type { Row, Statement } from '../../server/db';
import { testConfig, testDbOptions } from '../support/env';

/** The real Db, counting its reads, to show that loaders batch. */
class CountingDb extends Db {
  reads: string[] = [];
  override read(stmt: Statement): Promise<Row[]> {
    this.reads.push(stmt.cypher.split('\n')[0] ?? '');
    return super.read(stmt);
  }
}

let app: RunningApp;
let db: CountingDb;
beforeAll(async () => {
  db = new CountingDb(testDbOptions());
  app = await createApp(testConfig(), db);
});
afterAll(() => app.stop());

type Errors = { message: string; extensions: Record<string, unknown> }[];
async function gql<T>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: Errors }> {
  const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as never;
}

interface Sub { nodes: { id: string }[]; edges: { id: string }[]; truncated: { entity: { id: string }; hidden: number }[] }
async function neighbourhood(args: string): Promise<{ nodes: string[]; edges: string[]; truncated: [string, number][] }> {
  const { data, errors } = await gql<{ neighbourhood: Sub }>(`{ neighbourhood(${args}) { nodes { id } edges { id } truncated { entity { id } hidden } } }`);
  if (!data) throw new Error(JSON.stringify(errors));
  const n = data.neighbourhood;
  return { nodes: n.nodes.map((x) => x.id).sort(), edges: n.edges.map((x) => x.id).sort(), truncated: n.truncated.map((t) => [t.entity.id, t.hidden]) };
}

describe('neighbourhood', () => {
  it("returns NIO's six links and the entities at their other ends", async () => {
    expect(await neighbourhood('ids: ["nio"]')).toEqual({
      nodes: ['jac', 'jac-nio-factories', 'li-bin', 'miit', 'ndrc', 'nio'],
      edges: ['li-bin-holds-role-at-nio', 'nio-approved-by-miit', 'nio-approved-by-ndrc', 'nio-built-by-jac', 'nio-built-by-jac-nio-factories', 'nio-uses-qualification-of-jac'],
      truncated: [],
    });
  });

  it('caps links per entity with limit and says how many were left out', async () => {
    expect(await neighbourhood('ids: ["nio"], limit: 2')).toEqual({
      nodes: ['li-bin', 'miit', 'nio'], edges: ['li-bin-holds-role-at-nio', 'nio-approved-by-miit'], truncated: [['nio', 4]],
    });
    expect((await neighbourhood('ids: ["miit"], limit: 2')).truncated).toEqual([['miit', 2]]);
  });

  it('reaches two links out at depth 2, through the agencies', async () => {
    const sub = await neighbourhood('ids: ["nio"], depth: 2');
    expect(sub.nodes).toEqual(['baic-bjev', 'ev-export-licensing-2026', 'jac', 'jac-nio-factories', 'li-bin', 'miit', 'miit-oem-rules-2018', 'ndrc', 'nio', 'qiantu', 'sinogold', 'xiaomi', 'yudo']);
    expect(sub.edges).toHaveLength(16);
    expect(sub.edges).toContain('jac-plans-to-sell-jac-nio-factories');
    expect(sub.truncated).toEqual([]);
  });

  it('keeps only links valid on asOf: before NIO’s own approval it was built by JAC, after it was approved too (no source ends the JAC links)', async () => {
    expect((await neighbourhood('ids: ["nio"], filter: { asOf: "2020-06-01" }')).edges).toEqual(['li-bin-holds-role-at-nio', 'nio-built-by-jac', 'nio-built-by-jac-nio-factories', 'nio-uses-qualification-of-jac']);
    expect((await neighbourhood('ids: ["nio"], filter: { asOf: "2024-06-01" }')).edges).toEqual([
      'li-bin-holds-role-at-nio', 'nio-approved-by-miit', 'nio-approved-by-ndrc', 'nio-built-by-jac', 'nio-built-by-jac-nio-factories', 'nio-uses-qualification-of-jac',
    ]);
  });

  it('filters by type, status and the kind of the other end, the asked entity exempt', async () => {
    expect((await neighbourhood('ids: ["nio"], filter: { kinds: [AGENCY] }')).nodes).toEqual(['miit', 'ndrc', 'nio']);
    // The seed has no ENDED link any more (no source states an end); REPORTED keeps the one link passed on from Reuters.
    expect((await neighbourhood('ids: ["nio"], filter: { types: [BUILT_BY], statuses: [ENDED] }')).edges).toEqual([]);
    expect((await neighbourhood('ids: ["nio"], filter: { types: [BUILT_BY], statuses: [REPORTED] }')).edges).toEqual(['nio-built-by-jac-nio-factories']);
  });

  it('grows from several entities at once, without repeating a shared link', async () => {
    const sub = await neighbourhood('ids: ["sinogold", "miit"]');
    expect(sub.edges).toEqual(['miit-issued-ev-export-licensing-2026', 'miit-issued-miit-oem-rules-2018', 'nio-approved-by-miit', 'sinogold-approved-by-miit', 'sinogold-approved-by-ndrc']);
  });

  it('does not count as hidden a link that the entity at its other end kept', async () => {
    // Sinogold keeps its MIIT approval; MIIT keeps one ISSUED link and shows that approval too.
    expect(await neighbourhood('ids: ["sinogold", "miit"], limit: 1')).toEqual({
      nodes: ['ev-export-licensing-2026', 'miit', 'sinogold'],
      edges: ['miit-issued-ev-export-licensing-2026', 'sinogold-approved-by-miit'],
      truncated: [['sinogold', 1], ['miit', 2]],
    });
  });
});

interface PathOut { length: number; steps: { entity: { id: string }; via: { id: string } | null; reversed: boolean }[] }
async function paths(args: string): Promise<PathOut[]> {
  const { data, errors } = await gql<{ paths: PathOut[] }>(`{ paths(${args}) { length steps { entity { id } via { id } reversed } } }`);
  if (!data) throw new Error(JSON.stringify(errors));
  return data.paths;
}
const route = (p: PathOut): string => p.steps.map((s) => (s.via ? `${s.reversed ? '<-' : '->'}${s.via.id}${s.reversed ? '-' : '->'} ${s.entity.id}` : s.entity.id)).join(' ');

describe('paths', () => {
  it('links Sinogold and NIO only through the agencies that approved both', async () => {
    const found = await paths('from: "sinogold", to: "nio"');
    expect(found.map(route)).toEqual([
      'sinogold ->sinogold-approved-by-miit-> miit <-nio-approved-by-miit- nio',
      'sinogold ->sinogold-approved-by-ndrc-> ndrc <-nio-approved-by-ndrc- nio',
    ]);
    expect(found.map((p) => p.length)).toEqual([2, 2]);
    expect(found[0]?.steps[0]).toEqual({ entity: { id: 'sinogold' }, via: null, reversed: false });
  });

  it('finds no path when agencies are left out by kinds', async () => {
    expect(await paths('from: "sinogold", to: "nio", filter: { kinds: [EV_STARTUP, AUTOMAKER] }')).toEqual([]);
    expect((await paths('from: "qiantu", to: "yudo"')).map(route)).toEqual(['qiantu ->qiantu-approved-by-ndrc-> ndrc <-yudo-approved-by-ndrc- yudo']);
  });

  it('uses only links all valid on asOf: none before NIO’s approval, both after', async () => {
    expect(await paths('from: "sinogold", to: "nio", filter: { asOf: "2020-06-01" }')).toEqual([]);
    expect((await paths('from: "sinogold", to: "nio", filter: { asOf: "2024-06-01" }')).map((p) => p.steps.map((s) => s.entity.id))).toEqual([
      ['sinogold', 'miit', 'nio'], ['sinogold', 'ndrc', 'nio'],
    ]);
    expect((await paths('from: "nio", to: "jac", filter: { asOf: "2024-06-01" }')).map(route)).toEqual([
      'nio ->nio-built-by-jac-> jac',
      'nio ->nio-uses-qualification-of-jac-> jac',
      'nio ->nio-built-by-jac-nio-factories-> jac-nio-factories <-jac-operates-jac-nio-factories- jac',
    ]);
  });

  it('returns the k shortest first, honouring first and maxHops', async () => {
    expect((await paths('from: "sinogold", to: "jac", maxHops: 4, first: 10')).map((p) => p.length)).toEqual([3, 3, 3, 3, 4, 4, 4, 4]);
    expect((await paths('from: "sinogold", to: "jac", first: 1')).map(route)).toEqual([
      'sinogold ->sinogold-approved-by-miit-> miit <-nio-approved-by-miit- nio ->nio-built-by-jac-> jac',
    ]);
    expect(await paths('from: "sinogold", to: "nio", maxHops: 1')).toEqual([]);
  });

  it('walks links both ways: Xiaomi Auto to BAIC Group through its parent Xiaomi', async () => {
    expect((await paths('from: "xiaomi-auto", to: "baic-group", first: 1')).map(route)).toEqual([
      'xiaomi-auto ->xiaomi-auto-subsidiary-of-xiaomi-> xiaomi ->xiaomi-in-talks-with-baic-group-> baic-group',
    ]);
  });
});

describe('relationships', () => {
  const seedIds = (): string[] => {
    const rels = JSON.parse(readFileSync(path.join(REPO_ROOT, 'seed', 'data', 'relationships.json'), 'utf8')) as { id: string; from: string }[];
    return [...rels].sort((a, b) => (a.from === b.from ? (a.id < b.id ? -1 : 1) : a.from < b.from ? -1 : 1)).map((r) => r.id);
  };

  interface Conn { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { id: string } }[] }
  async function walk(first: number, filter?: Record<string, unknown>): Promise<{ ids: string[]; pages: number; total: number }> {
    const ids: string[] = [];
    let after: string | null = null;
    let pages = 0;
    let total = -1;
    for (;;) {
      const res: { data?: { relationships: Conn }; errors?: Errors } = await gql<{ relationships: Conn }>(
        'query($n: Int, $a: String, $f: LinkFilter) { relationships(first: $n, after: $a, filter: $f) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }',
        { n: first, a: after, f: filter ?? null });
      const conn = res.data?.relationships;
      if (!conn) throw new Error(JSON.stringify(res.errors));
      pages += 1;
      total = conn.totalCount;
      ids.push(...conn.edges.map((e) => e.node.id));
      expect(conn.pageInfo.endCursor).toBe(conn.edges.at(-1)?.cursor ?? null);
      if (!conn.pageInfo.hasNextPage) return { ids, pages, total };
      after = conn.pageInfo.endCursor;
    }
  }

  it('visits every relationship exactly once, in (from, id) order, whatever the page size', async () => {
    const expected = seedIds();
    expect(expected).toHaveLength(42);
    for (const size of [1, 7, 42, 1000]) {
      const { ids, pages, total } = await walk(size);
      expect(ids).toEqual(expected);
      expect(pages).toBe(Math.ceil(42 / size));
      expect(total).toBe(42);
    }
  });

  it('pages a filtered list the same way, with its own total', async () => {
    const { ids, total } = await walk(2, { types: ['APPROVED_BY'], asOf: '2020-06-01' });
    expect(ids).toEqual(['baic-bjev-approved-by-ndrc', 'qiantu-approved-by-ndrc', 'sinogold-approved-by-miit', 'sinogold-approved-by-ndrc', 'yudo-approved-by-ndrc']);
    expect(total).toBe(5);
  });

  it('keeps links whose span overlaps between', async () => {
    const { ids } = await walk(100, { between: { from: '2024', to: '2024' }, types: ['BUILT_BY', 'APPROVED_BY'], statuses: ['ENDED', 'REPORTED'] });
    expect(ids).toEqual(['nio-approved-by-ndrc', 'nio-built-by-jac-nio-factories', 'sinogold-approved-by-miit', 'sinogold-approved-by-ndrc']);
    // No link is ENDED any more; the links NIO's approval overlaps in December 2023 are CONFIRMED.
    const { ids: ended } = await walk(100, { between: { from: '2023-12', to: '2023-12' }, statuses: ['ENDED'] });
    expect(ended).toEqual([]);
    const { ids: confirmed } = await walk(100, { between: { from: '2023-12', to: '2023-12' }, types: ['BUILT_BY'], statuses: ['CONFIRMED'] });
    expect(confirmed).toContain('nio-built-by-jac');
  });

  it('resolves from, to, evidence and sources for a whole page in one query each', async () => {
    db.reads = [];
    const { data } = await gql<{ relationships: { edges: { node: { from: { name: string }; evidence: { source: { title: string } }[] } }[] } }>(
      '{ relationships(first: 42) { edges { node { from { name } to { name } evidence { quote source { title } } } } } }');
    expect(data?.relationships.edges).toHaveLength(42);
    // The page, then one query each for the entities, the evidence and the sources.
    expect(db.reads).toHaveLength(4);
    expect(new Set(db.reads).size).toBe(4);
  });

  it("reads an entity's page of links with their other ends: no query for from and to after it", async () => {
    db.reads = [];
    const { data } = await gql<{ entity: { relationships: { edges: { node: { from: { name: string }; to: { name: string } } }[] } } }>(
      '{ entity(id: "nio") { relationships(first: 5) { edges { node { from { name } to { name } } } } } }');
    expect(data?.entity.relationships.edges.length).toBeGreaterThan(0);
    expect(data?.entity.relationships.edges.every((e) => e.node.from.name !== '' && e.node.to.name !== '')).toBe(true);
    // The entity, then its page; the ends came with the page.
    expect(db.reads).toHaveLength(2);
  });

  it('reads a relationship with its two entities: from and to are no second query', async () => {
    db.reads = [];
    const { data } = await gql<{ relationship: { from: { name: string }; to: { name: string } } }>(
      '{ relationship(id: "nio-built-by-jac") { from { name } to { name } } }');
    expect(data?.relationship.from.name).toBeTruthy();
    expect(data?.relationship.to.name).toBeTruthy();
    expect(db.reads).toHaveLength(1);
  });

  it('resolves context, lastReportedOn and the attributions\' entities for a whole page in one query each', async () => {
    db.reads = [];
    const { data } = await gql<{ relationships: { edges: { node: { context: unknown[]; evidence: { attribution: { entity: { id: string } | null } }[] } }[] } }>(
      '{ relationships(first: 42) { edges { node { lastReportedOn context { quote source { id } } evidence { attribution { kind entity { id } } } } } } }');
    const nodes = data?.relationships.edges.map((e) => e.node) ?? [];
    expect(nodes.flatMap((n) => n.context)).toHaveLength(16);
    expect(nodes.flatMap((n) => n.evidence).filter((e) => e.attribution.entity !== null).length).toBeGreaterThan(0);
    // The page; then context, last reports and evidence; then the sources and the speakers' entities.
    expect(db.reads).toHaveLength(6);
    expect(new Set(db.reads).size).toBe(6);
  });
});
