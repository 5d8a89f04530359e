// search, entity, relationship, sources and stats against the seeded Neo4j, through HTTP.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { REPO_ROOT } from '../../server/config';
import { testConfig, testDb } from '../support/env';

let app: RunningApp;
beforeAll(async () => {
  app = await createApp(testConfig({ introspection: true }), testDb());
});
afterAll(() => app.stop());

interface Page { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] }

async function gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: { message: string; extensions: Record<string, unknown> }[] }> {
  const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as never;
}

const readSeed = <T>(name: string): T => JSON.parse(readFileSync(path.join(REPO_ROOT, 'seed', 'data', name), 'utf8')) as T;

describe('search', () => {
  const top = async (text: string, first = 3): Promise<[string, string][]> => {
    const { data } = await gql<{ search: { matched: string; entity: { id: string } }[] }>('query($t: String!, $n: Int) { search(text: $t, first: $n) { matched score entity { id } } }', { t: text, n: first });
    return (data?.search ?? []).map((h) => [h.entity.id, h.matched]);
  };

  it('finds NIO by its Chinese name 蔚来 and says that name matched', async () => {
    expect(await top('蔚来')).toEqual([['nio', '蔚来']]);
  });

  it('finds JAC by 江淮汽车 and Xiaomi Auto by 小米汽车, the parent brand after it', async () => {
    // NIO follows, found by full-text through its alias 江淮蔚来 ("JAC NIO"), with no name close to what was typed.
    expect(await top('江淮汽车')).toEqual([['jac', '江淮汽车'], ['nio', 'NIO']]);
    expect(await top('小米汽车')).toEqual([['xiaomi-auto', '小米汽车'], ['xiaomi', '小米']]);
  });

  it('ignores case, punctuation, hyphens and company suffixes', async () => {
    expect((await top('nio inc.'))[0]).toEqual(['nio', 'NIO Inc']);
    expect((await top('BAIC-Offroad'))[0]).toEqual(['baic-offroad', 'BAIC Off-road']);
    expect((await top('jac motor'))[0]).toEqual(['jac', 'JAC Motors']);
    expect((await top('XPENG MOTORS INC'))[0]).toEqual(['xpeng', 'Xpeng Motors']);
  });

  it('ignores spacing: "Xiao Peng" is Xpeng under its alias Xiaopeng', async () => {
    expect(await top('Xiao Peng')).toEqual([['xpeng', 'Xiaopeng']]);
  });

  it('tolerates a small typo', async () => {
    expect((await top('Xioami'))[0]).toEqual(['xiaomi', 'Xiaomi']);
    expect(await top('geeley')).toEqual([['geely', 'Geely']]);
  });

  it('ranks the exact name first and reports the alias that matched', async () => {
    expect(await top('Xiaomi Motors', 2)).toEqual([['xiaomi-auto', 'Xiaomi Motors'], ['xiaomi', 'Xiaomi']]);
    expect((await top('Li Auto', 2))[0]).toEqual(['li-auto', 'Li Auto']);
    expect(await top('工信部')).toEqual([['miit', '工信部']]);
  });

  it('scores best first, between 0 and 1, and honours first', async () => {
    const { data } = await gql<{ search: { score: number; entity: { id: string } }[] }>('{ search(text: "baic", first: 4) { score entity { id } } }');
    const hits = data?.search ?? [];
    expect(hits).toHaveLength(4);
    expect(hits[0]?.entity.id).toBe('baic-group');
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    for (const h of hits) expect(h.score).toBeGreaterThan(0);
    for (const h of hits) expect(h.score).toBeLessThanOrEqual(1);
  });
});

describe('entity', () => {
  it('returns NIO with its aliases, type, counts per relation type and degree', async () => {
    const { data } = await gql('{ entity(id: "nio") { id name aliases type kind country degree counts { type count } } }');
    expect(data?.entity).toEqual({
      id: 'nio', name: 'NIO', aliases: ['Nio', 'NIO Inc', '蔚来', '蔚来汽车', 'NextEV', 'Weilai', 'JAC NIO', '江淮蔚来'], type: 'Company', kind: 'EV_STARTUP', country: 'CN', degree: 6,
      counts: [{ type: 'APPROVED_BY', count: 2 }, { type: 'BUILT_BY', count: 2 }, { type: 'HOLDS_ROLE_AT', count: 1 }, { type: 'USES_QUALIFICATION_OF', count: 1 }],
    });
  });

  it("pages NIO's links by id, both directions, with a total", async () => {
    const { data } = await gql<{ entity: { relationships: Page } }>('{ entity(id: "nio") { relationships(first: 2) { totalCount pageInfo { hasNextPage } edges { node { id } } } } }');
    expect(data?.entity.relationships).toEqual({
      totalCount: 6, pageInfo: { hasNextPage: true }, edges: [{ node: { id: 'li-bin-holds-role-at-nio' } }, { node: { id: 'nio-approved-by-miit' } }],
    });
  });

  it('filters links by direction and by date (asOf before and after NIO won its own approval, the JAC links open throughout)', async () => {
    const ids = async (args: string): Promise<string[]> => {
      const { data } = await gql<{ entity: { relationships: Page } }>(`{ entity(id: "nio") { relationships(${args}) { edges { node { id } } } } }`);
      return (data?.entity.relationships.edges ?? []).map((e) => e.node.id);
    };
    expect(await ids('direction: INCOMING')).toEqual(['li-bin-holds-role-at-nio']);
    expect(await ids('filter: { asOf: "2020-06-01" }')).toEqual(['li-bin-holds-role-at-nio', 'nio-built-by-jac', 'nio-built-by-jac-nio-factories', 'nio-uses-qualification-of-jac']);
    expect(await ids('filter: { asOf: "2024-06-01" }')).toEqual([
      'li-bin-holds-role-at-nio', 'nio-approved-by-miit', 'nio-approved-by-ndrc', 'nio-built-by-jac', 'nio-built-by-jac-nio-factories', 'nio-uses-qualification-of-jac',
    ]);
  });
});

describe('relationship', () => {
  it('returns NIO -[BUILT_BY]-> JAC with its dates, label and every quote with its source, attribution and paragraph', async () => {
    const { data } = await gql<{ relationship: { evidence: unknown[] } }>(`{ relationship(id: "nio-built-by-jac") {
      id type label status validFrom validTo from { name } to { name }
      evidence { quote reportedOn stance attribution { kind name } source { id publisher } paragraph } } }`);
    const rel = data?.relationship;
    if (!rel) throw new Error('no relationship');
    expect(rel).toMatchObject({ id: 'nio-built-by-jac', type: 'BUILT_BY', label: 'is built by', status: 'CONFIRMED', validFrom: '2018', validTo: null, from: { name: 'NIO' }, to: { name: 'JAC Motors' } });
    expect(rel.evidence).toHaveLength(7);
    expect(rel.evidence[0]).toEqual({
      quote: 'Nio used the foundry service of JAC Motors.', reportedOn: '2018-12-07', stance: 'SUPPORTS', attribution: { kind: 'ARTICLE', name: null },
      source: { id: 'yicai-2018-oem-boost', publisher: 'Yicai Global' },
      // Verbatim from the article, which has non-breaking spaces inside it.
      paragraph: readFileSync(path.join(REPO_ROOT, 'seed', 'sources', '000-yicai-oem-boost.txt'), 'utf8').split('\n').find((l) => l.startsWith('Traditional carmakers'))?.trim(),
    });
  });

  it('returns Li Auto -[ACQUIRED]-> Lifan and Xiaomi Auto -[USES_QUALIFICATION_OF]-> BAIC Off-road', async () => {
    const { data } = await gql('{ a: relationship(id: "li-auto-acquired-lifan") { type from { id } to { id } status } b: relationship(id: "xiaomi-auto-uses-qualification-of-baic-offroad") { type from { id } to { id } status } }');
    expect(data).toEqual({
      a: { type: 'ACQUIRED', from: { id: 'li-auto' }, to: { id: 'lifan' }, status: 'CONFIRMED' },
      b: { type: 'USES_QUALIFICATION_OF', from: { id: 'xiaomi-auto' }, to: { id: 'baic-offroad' }, status: 'CONFIRMED' },
    });
  });
});

describe('sources', () => {
  it('lists the five articles, newest first', async () => {
    const { data } = await gql<{ sources: { id: string }[] }>('{ sources { id publishedOn } }');
    const seed = readSeed<{ id: string; publishedOn: string }[]>('sources.json');
    expect((data?.sources ?? []).map((s) => s.id).sort()).toEqual(seed.map((s) => s.id).sort());
    expect(data?.sources[0]?.id).toBe('chinadaily-2025-ev-export-licensing');
  });

  it('gives each listed article its text when the text is asked for (the list reads none itself)', async () => {
    const { data } = await gql<{ sources: { id: string; text: string }[] }>('{ sources { id text } }');
    const listed = data?.sources ?? [];
    expect(listed).toHaveLength(5);
    for (const s of listed) {
      const one = await gql<{ source: { text: string } }>('query($id: ID!) { source(id: $id) { text } }', { id: s.id });
      expect(s.text.length).toBeGreaterThan(100);
      expect(s.text).toBe(one.data?.source.text);
    }
  });

  it('pages the relationships a source backs, exactly those its quotes cite', async () => {
    const seedRels = readSeed<{ id: string; evidence: { source: string }[] }[]>('relationships.json');
    const expected = seedRels.filter((r) => r.evidence.some((e) => e.source === 'yicai-2018-oem-boost')).map((r) => r.id).sort();
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { data }: { data?: { source: { relationships: Page } } } = await gql<{ source: { relationships: Page } }>('query($a: String) { source(id: "yicai-2018-oem-boost") { relationships(first: 4, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }', { a: after });
      const page: Page | undefined = data?.source.relationships;
      if (!page) throw new Error('no page');
      expect(page.totalCount).toBe(expected.length);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });
});

describe('stats', () => {
  it('counts the seed: 45 entities, 42 relationships, 5 sources, per type and kind', async () => {
    const { data } = await gql<{ stats: { entities: number; relationships: number; sources: number; byType: { type: string; count: number }[]; byKind: { kind: string; count: number }[] } }>('{ stats { entities relationships sources byType { type count } byKind { kind count } } }');
    const seedRels = readSeed<{ type: string }[]>('relationships.json');
    const seedEntities = readSeed<{ kind: string }[]>('entities.json');
    const tally = (keys: string[]): Record<string, number> => keys.reduce<Record<string, number>>((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {});
    expect(data?.stats.entities).toBe(45);
    expect(data?.stats.relationships).toBe(42);
    expect(data?.stats.sources).toBe(5);
    expect(Object.fromEntries((data?.stats.byType ?? []).map((t) => [t.type, t.count]))).toEqual(tally(seedRels.map((r) => r.type)));
    expect(Object.fromEntries((data?.stats.byKind ?? []).map((k) => [k.kind, k.count]))).toEqual(tally(seedEntities.map((e) => e.kind)));
  });
});
