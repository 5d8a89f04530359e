// The bidirectional path search without a database: levels read from an in-memory graph, the answer
// held to a brute-force reference (every simple path, the ten shortest, ranked, cut), and the caps.
import { STATUS_STRENGTH } from '#vocabulary';
import type { Status } from '#vocabulary';
import { collectPaths, comparePaths, PathGraph, rankPaths, searchPaths } from '../../server/services/path-search';
import type { Candidate, LevelRead, LevelRow, SearchCaps, StepLink } from '../../server/services/path-search';

const rel = (id: string, fromId: string, toId: string, status: Status = 'CONFIRMED'): StepLink => ({ id, fromId, toId, status });

const OPEN: SearchCaps = { fanout: 1_000, levelRows: 100_000, candidates: 100_000, walk: 10_000_000 };

/** A level as query/paths/expand reads it: each entity's links (none to itself, only to the targets if any), capped. */
function reader(links: readonly StepLink[], caps: SearchCaps, log: string[] = []): (level: LevelRead) => Promise<LevelRow[]> {
  const degree = (id: string): number => links.filter((r) => r.fromId === id || r.toId === id).length;
  return ({ frontier, targets }) => {
    log.push(`${frontier.join(',')}${targets ? ` > ${targets.join(',')}` : ''}`);
    const rows: LevelRow[] = [];
    for (const id of frontier) {
      const own = links.filter((r) => r.fromId !== r.toId && (r.fromId === id || r.toId === id))
        .map((r) => ({ id, neighbour: r.fromId === id ? r.toId : r.fromId, rel: r.id, status: r.status, out: r.fromId === id, degree: 0 }))
        .filter((row) => targets === null || targets.includes(row.neighbour)).slice(0, caps.fanout);
      rows.push(...own.map((row) => ({ ...row, degree: degree(row.neighbour) })));
    }
    return Promise.resolve(rows.slice(0, caps.levelRows));
  };
}

const rank = (rels: readonly StepLink[]): number => Math.max(0, ...rels.map((r) => STATUS_STRENGTH.indexOf(r.status)));
const key = (p: Candidate): string => `${p.ids.join('>')}|${p.rels.map((r) => r.id).join(',')}`;

/** Every simple path of at most maxHops links, the ten shortest (ties by the order), ranked and cut. */
function reference(links: readonly StepLink[], from: string, to: string, maxHops: number, first: number): string[] {
  const all: Candidate[] = [];
  const go = (ids: string[], rels: StepLink[]): void => {
    const at = ids[ids.length - 1] ?? '';
    if (at === to) { all.push({ ids, rels }); return; }
    if (rels.length === maxHops) return;
    for (const r of links) {
      const next = r.fromId === at ? r.toId : r.toId === at ? r.fromId : null;
      if (next !== null && !ids.includes(next)) go([...ids, next], [...rels, r]);
    }
  };
  go([from], []);
  const order = (a: Candidate, b: Candidate): number => rank(a.rels) - rank(b.rels) || a.rels.length - b.rels.length
    || (a.ids.join('\u0000') < b.ids.join('\u0000') ? -1 : a.ids.join('\u0000') > b.ids.join('\u0000') ? 1 : 0)
    || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  const ten = [...all].sort((a, b) => a.rels.length - b.rels.length || order(a, b)).slice(0, 10);
  return ten.sort(order).slice(0, first).map(key);
}

/** A seeded random graph with parallel links, links to self and every status. */
function randomGraph(seed: number, entities: number, links: number): StepLink[] {
  let s = seed;
  const next = (n: number): number => { s = (s * 1_103_515_245 + 12_345) % 2 ** 31; return s % n; };
  return Array.from({ length: links }, (_, i) => {
    const a = `e${next(entities)}`;
    const b = next(20) === 0 ? a : `e${next(entities)}`;
    return rel(`r${String(i).padStart(3, '0')}`, a, b, STATUS_STRENGTH[next(STATUS_STRENGTH.length)] ?? 'CONFIRMED');
  });
}

describe('paths › searchPaths', () => {
  it('answers as the brute-force reference on random graphs, for every hop bound', async () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const links = randomGraph(seed, 14 + seed, 26 + 3 * seed);
      for (const [from, to] of [['e0', 'e1'], ['e2', 'e5'], ['e3', 'e7'], ['e4', 'e9']] as const) {
        for (let maxHops = 1; maxHops <= 6; maxHops++) {
          for (const first of [10, 3]) {
            const found = await searchPaths(reader(links, OPEN), { from, to, maxHops, first }, OPEN);
            expect({ seed, from, to, maxHops, first, paths: found.paths.map(key) }).toEqual({ seed, from, to, maxHops, first, paths: reference(links, from, to, maxHops, first) });
            expect(found.partial).toBe(false);
          }
        }
      }
    }
  });

  it('meets in the middle: a chain of six is read from both ends, the middle link last and alone', async () => {
    const chain = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const links = chain.slice(1).map((id, i) => rel(`${chain[i] ?? ''}-${id}`, chain[i] ?? '', id));
    const log: string[] = [];
    const found = await searchPaths(reader(links, OPEN, log), { from: 'a', to: 'g', maxHops: 6, first: 3 }, OPEN);
    expect(found.paths.map((p) => p.ids)).toEqual([chain]);
    expect(log).toEqual(['a,g', 'b', 'f', 'c', 'd > e']);
    expect(await searchPaths(reader(links, OPEN), { from: 'a', to: 'g', maxHops: 5, first: 3 }, OPEN)).toMatchObject({ paths: [] });
  });

  it('expands the frontier with fewer links, and meets from the side with fewer', async () => {
    // a's side holds a hub (h, 40 links) two steps out; z's side is a chain.
    const hub = Array.from({ length: 40 }, (_, i) => rel(`h-x${String(i).padStart(2, '0')}`, 'h', `x${String(i).padStart(2, '0')}`));
    const links = [rel('a-h', 'a', 'h'), rel('a-b', 'a', 'b'), rel('b-c', 'b', 'c'), rel('c-y', 'c', 'y'), rel('y-z', 'y', 'z'), ...hub];
    const log: string[] = [];
    const found = await searchPaths(reader(links, OPEN, log), { from: 'a', to: 'z', maxHops: 4, first: 3 }, OPEN);
    expect(found.paths.map((p) => p.ids)).toEqual([['a', 'b', 'c', 'y', 'z']]);
    // The two ends together; then {b, h} would read 43 links, {y} 2; then the meet scans c (2 links) for b and h, not h for c.
    expect(log).toEqual(['a,z', 'y', 'c > b,h']);
  });

  it('stops as soon as ten paths are in the links read', async () => {
    const links = Array.from({ length: 12 }, (_, i) => rel(`a-b-${String(i).padStart(2, '0')}`, 'a', 'b', i === 11 ? 'CONFIRMED' : 'RUMOURED'));
    const log: string[] = [];
    const found = await searchPaths(reader(links, OPEN, log), { from: 'a', to: 'b', maxHops: 6, first: 2 }, OPEN);
    expect(log).toEqual(['a,b']);
    expect(found.paths.map((p) => p.rels[0]?.id)).toEqual(['a-b-11', 'a-b-00']);
  });

  it('says the answer is partial when an entity gave its whole fan-out or a level its whole limit', async () => {
    const hub = Array.from({ length: 8 }, (_, i) => rel(`h-x${i}`, 'h', `x${i}`));
    const links = [rel('a-h', 'a', 'h'), rel('h-z', 'h', 'z'), ...hub];
    const capped = { ...OPEN, fanout: 5 };
    expect((await searchPaths(reader(links, capped), { from: 'a', to: 'z', maxHops: 4, first: 3 }, capped)).partial).toBe(true);
    const rows = { ...OPEN, levelRows: 3 };
    expect((await searchPaths(reader(links, rows), { from: 'x0', to: 'z', maxHops: 4, first: 3 }, rows)).partial).toBe(true);
    expect((await searchPaths(reader(links, OPEN), { from: 'a', to: 'z', maxHops: 3, first: 3 }, OPEN)).partial).toBe(false);
  });
});

describe('paths › assembly', () => {
  const graphOf = (links: readonly StepLink[]): PathGraph => {
    const g = new PathGraph();
    for (const r of links) g.add({ id: r.fromId, neighbour: r.toId, rel: r.id, status: r.status, out: true, degree: 1 });
    return g;
  };

  it('never visits an entity twice, and walks links either way', () => {
    const g = graphOf([rel('a-b', 'a', 'b'), rel('c-b', 'c', 'b'), rel('b-a2', 'b', 'a'), rel('c-d', 'c', 'd')]);
    const { paths } = collectPaths(g, 'a', 'd', 6, 10, OPEN);
    expect(paths.map(key)).toEqual(['a>b>c>d|a-b,c-b,c-d', 'a>b>c>d|b-a2,c-b,c-d']);
  });

  it('stops at the length that brings the paths to the number wanted', () => {
    const g = graphOf([rel('a-z', 'a', 'z'), rel('a-m', 'a', 'm'), rel('m-z', 'm', 'z'), rel('a-n', 'a', 'n'), rel('n-o', 'n', 'o'), rel('o-z', 'o', 'z')]);
    expect(collectPaths(g, 'a', 'z', 6, 2, OPEN).paths.map((p) => p.rels.length)).toEqual([1, 2]);
    expect(collectPaths(g, 'a', 'z', 6, 3, OPEN).paths.map((p) => p.rels.length)).toEqual([1, 2, 3]);
  });

  it('gives up, incomplete, past its candidate or walk cap', () => {
    const g = graphOf(Array.from({ length: 6 }, (_, i) => rel(`a-z-${i}`, 'a', 'z')));
    expect(collectPaths(g, 'a', 'z', 1, 10, { candidates: 3, walk: 100 }).complete).toBe(false);
    expect(collectPaths(g, 'a', 'z', 1, 10, { candidates: 30, walk: 2 }).complete).toBe(false);
    expect(collectPaths(g, 'a', 'z', 1, 10, { candidates: 30, walk: 100 })).toMatchObject({ complete: true });
  });

  it('orders by the weakest step, then length, then entity ids, then link ids', () => {
    const p = (ids: string[], ...statuses: Status[]): Candidate => ({ ids, rels: statuses.map((s, i) => rel(`${ids.join('')}${i}`, ids[i] ?? '', ids[i + 1] ?? '', s)) });
    const strongLong = p(['a', 'x', 'y', 'z'], 'CONFIRMED', 'CONFIRMED', 'CONFIRMED');
    const weakShort = p(['a', 'z'], 'RUMOURED');
    const reportedB = p(['a', 'b', 'z'], 'REPORTED', 'CONFIRMED');
    const reportedC = p(['a', 'c', 'z'], 'CONFIRMED', 'REPORTED');
    expect([weakShort, reportedC, strongLong, reportedB].sort(comparePaths)).toEqual([strongLong, reportedB, reportedC, weakShort]);
  });

  it('keeps every path shorter than the last length needed, and the best of that length', () => {
    const p = (id: string, length: number, status: Status): Candidate => ({ ids: Array.from({ length: length + 1 }, (_, i) => `${id}${i}`), rels: Array.from({ length }, (_, i) => rel(`${id}-${i}`, `${id}${i}`, `${id}${i + 1}`, status)) });
    const short = Array.from({ length: 8 }, (_, i) => p(`s${i}`, 2, 'DENIED'));
    const long = [p('l1', 3, 'RUMOURED'), p('l2', 3, 'CONFIRMED'), p('l3', 3, 'REPORTED')];
    const ranked = rankPaths([...long, ...short], 10, 10);
    expect(ranked.map((c) => c.ids[0])).toEqual(['l20', 'l30', ...short.map((c) => c.ids[0])]);
    expect(rankPaths([...long, ...short], 10, 3).map((c) => c.ids[0])).toEqual(['l20', 'l30', 's00']);
  });
});
