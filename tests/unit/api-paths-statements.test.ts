import { loadCypher } from '../../server/cypher';
import type { Db, Row, Statement } from '../../server/db';
import { HUB_DEGREE } from '../../server/services/hubs';
import { PATH_CAPS, searchShortestPaths } from '../../server/services/paths';
import { NO_EXCLUSION } from '../../server/translate/exclusion';
import { translateFilter } from '../../server/translate/filter';
import { PATHS_SEARCHED } from '../../server/services/path-search';
import { testConfig } from '../support/env';

describe('services/paths', () => {
  it('reads a level with one statement that caps one entity’s links and the level’s rows', () => {
    const file = loadCypher().get('query/paths/expand');
    expect(file?.params.sort()).toEqual(['exclude', 'fanout', 'filter', 'frontier', 'limit', 'targets']);
    expect(file?.text).toContain('LIMIT $fanout');
    expect(file?.text).toContain('LIMIT $limit');
  });

  it('cuts only hubs: an entity of up to HUB_DEGREE links is read whole, and a level holds several of them', () => {
    expect(PATH_CAPS.fanout).toBe(HUB_DEGREE);
    expect(PATH_CAPS.levelRows).toBeGreaterThan(HUB_DEGREE);
  });

  it('ranks as many paths as the API may ask for', () => {
    expect(PATHS_SEARCHED).toBeGreaterThanOrEqual(testConfig().limits.maxPaths);
  });

  /** A Db whose reads answer from `answer` and record the timeout each statement ran with. */
  function fakeDb(answer: (stmt: Statement) => Row[]): { db: Db; reads: [string, number | null][] } {
    const reads: [string, number | null][] = [];
    const view = (timeoutMs: number | null): Db => ({
      timeoutMs,
      withTimeout: (ms: number) => view(ms),
      read: (stmt: Statement) => { reads.push([stmt.name ?? '', timeoutMs]); return Promise.resolve(answer(stmt)); },
    }) as unknown as Db;
    return { db: view(15_000), reads };
  }
  const full = { id: 'a-b', type: 'BUILT_BY', fromId: 'a', toId: 'b', status: 'REPORTED', validFrom: null, validTo: null, validFromBasis: null, validToBasis: null, datesNote: null, role: null, note: null };
  const level: Row[] = [
    { id: 'a', neighbour: 'b', rel: 'a-b', status: 'REPORTED', out: true, degree: 1 },
    { id: 'b', neighbour: 'a', rel: 'a-b', status: 'REPORTED', out: false, degree: 1 },
  ];
  const args = { from: 'a', to: 'b', maxHops: 4, first: 3, filter: translateFilter(undefined, ['a', 'b']), exclude: NO_EXCLUSION };

  it('shares the query timeout among the statements of one search, and reads the kept links in full', async () => {
    const { db, reads } = fakeDb((stmt) => (stmt.name === 'query/paths/links' ? [{ rel: full }] : level));
    const found = await searchShortestPaths(db, args);
    expect(found).toEqual({ partial: false, paths: [{ length: 1, weakest: 'REPORTED', steps: [{ entityId: 'a', via: null, reversed: false }, { entityId: 'b', via: full, reversed: false }] }] });
    expect(reads.map(([name]) => name)).toEqual(['query/paths/expand', 'query/paths/links']);
    for (const [, ms] of reads) expect(ms).toBeGreaterThan(0);
    for (const [, ms] of reads) expect(ms).toBeLessThanOrEqual(15_000);
  });

  it('drops a path whose link is gone by the time its links are read (retired meanwhile)', async () => {
    const { db } = fakeDb((stmt) => (stmt.name === 'query/paths/links' ? [] : level));
    expect((await searchShortestPaths(db, args)).paths).toEqual([]);
  });
});
