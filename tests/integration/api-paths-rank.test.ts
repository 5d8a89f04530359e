// paths: ranked by the strength of the weakest step, then by length; `exclude` keeps entity kinds
// (as connectors) and link types out. Against the seeded Neo4j, through HTTP.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { STATUS_STRENGTH } from '#vocabulary';
import type { Status } from '#vocabulary';
import { endOf, startOf } from '#vocabulary/dates';
import { createApp } from '../../server/app';
import type { RunningApp } from '../../server/app';
import { REPO_ROOT } from '../../server/config';
import { testConfig, testDb } from '../support/env';

let app: RunningApp;
beforeAll(async () => {
  app = await createApp(testConfig(), testDb());
});
afterAll(() => app.stop());

async function gql<T>(query: string): Promise<{ data?: T; errors?: { message: string; extensions: Record<string, unknown> }[] }> {
  const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await res.json()) as never;
}

interface PathOut { length: number; weakest: Status; steps: { entity: { id: string }; via: { id: string; status: Status } | null }[] }
async function paths(args: string): Promise<PathOut[]> {
  const { data, errors } = await gql<{ paths: PathOut[] }>(`{ paths(${args}) { length weakest steps { entity { id } via { id status } } } }`);
  if (!data) throw new Error(JSON.stringify(errors));
  return data.paths;
}
const ids = (p: PathOut): string[] => p.steps.map((s) => s.entity.id);
const rank = (s: Status): number => STATUS_STRENGTH.indexOf(s);

describe('paths ranking', () => {
  it('puts an all-confirmed path of three links before a two-link path through a rumour', async () => {
    // BAIC BluePark → NDRC: "is built by" Xiaomi is RUMOURED; brand of BAIC Group, BJEV, approval are CONFIRMED.
    const found = await paths('from: "baic-bluepark", to: "ndrc", first: 3');
    expect(found.map(ids)[0]).toEqual(['baic-bluepark', 'baic-group', 'baic-bjev', 'ndrc']);
    expect(found.map((p) => [p.weakest, p.length])).toEqual([['CONFIRMED', 3], ['REPORTED', 3], ['RUMOURED', 2]]);
  });

  it('says each path’s weakest status and orders them weakest-strongest first, then shorter first', async () => {
    for (const [from, to] of [['baic-bluepark', 'xiaomi'], ['baic-bjev', 'xiaomi-auto'], ['sinogold', 'jac'], ['xiaomi-auto', 'baic-group']] as const) {
      const found = await paths(`from: "${from}", to: "${to}", first: 10`);
      expect(found.length).toBeGreaterThan(1);
      for (const p of found) {
        const statuses = p.steps.flatMap((s) => (s.via ? [s.via.status] : []));
        expect(p.weakest).toBe(STATUS_STRENGTH[Math.max(...statuses.map(rank))]);
      }
      const keys = found.map((p) => [rank(p.weakest), p.length]);
      expect(keys).toEqual([...keys].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0)));
    }
  });
});

describe('paths exclude', () => {
  it('finds no path from BAIC BluePark to NIO when agencies may not connect, and finds some otherwise', async () => {
    expect((await paths('from: "baic-bluepark", to: "nio"')).length).toBeGreaterThan(0);
    expect(await paths('from: "baic-bluepark", to: "nio", exclude: { kinds: [AGENCY] }')).toEqual([]);
  });

  it('keeps the two ends whatever their kind: a path to NDRC with agencies excluded', async () => {
    const found = await paths('from: "baic-bluepark", to: "ndrc", exclude: { kinds: [AGENCY] }');
    expect(found.map(ids)[0]).toEqual(['baic-bluepark', 'baic-group', 'baic-bjev', 'ndrc']);
    for (const p of found) expect(ids(p).slice(1, -1)).not.toContain('miit');
  });

  it('leaves out the excluded link types on every step', async () => {
    const found = await paths('from: "baic-bluepark", to: "xiaomi", first: 10, exclude: { types: [IN_TALKS_WITH] }');
    expect(found.map(ids)[0]).toEqual(['baic-bluepark', 'xiaomi']);
    expect(found.flatMap((p) => p.steps.map((s) => s.via?.id ?? '')).filter((id) => id.includes('in-talks-with'))).toEqual([]);
  });

  it('refuses an empty list, naming the argument', async () => {
    const { errors } = await gql('{ paths(from: "nio", to: "jac", exclude: { types: [] }) { length } }');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'exclude.types' });
  });
});

describe('stats dates', () => {
  const seed = <T>(name: string): T => JSON.parse(readFileSync(path.join(REPO_ROOT, 'seed', 'data', name), 'utf8')) as T;

  it('gives the number of dated links and the span of the links’ and the sources’ dates, as the seed has them', async () => {
    const { data } = await gql<{ stats: { datedRelationships: number; linkDates: { from: string | null; to: string | null }; sourceDates: { from: string | null; to: string | null } } }>(
      '{ stats { datedRelationships linkDates { from to } sourceDates { from to } } }',
    );
    const rels = seed<{ validFrom?: string; validTo?: string }[]>('relationships.json');
    const dates = rels.flatMap((r) => [r.validFrom, r.validTo].filter((d): d is string => typeof d === 'string'));
    const first = [...dates].sort((a, b) => (startOf(a) ?? '').localeCompare(startOf(b) ?? ''))[0];
    const last = [...dates].sort((a, b) => (endOf(b) ?? '').localeCompare(endOf(a) ?? ''))[0];
    const published = seed<{ publishedOn?: string | null }[]>('sources.json').flatMap((s) => (s.publishedOn ? [s.publishedOn] : []));
    expect(data?.stats.datedRelationships).toBe(rels.filter((r) => r.validFrom || r.validTo).length);
    expect(data?.stats.linkDates).toEqual({ from: first, to: last });
    expect(data?.stats.sourceDates).toEqual({
      from: [...published].sort((a, b) => (startOf(a) ?? '').localeCompare(startOf(b) ?? ''))[0],
      to: [...published].sort((a, b) => (endOf(b) ?? '').localeCompare(endOf(a) ?? ''))[0],
    });
  });
});
