// The bidirectional search behind paths(from, to), apart from the database so that it can be tested
// alone: `searchPaths` expands the smaller of the two frontiers (by links to read) one step at a
// time through a reader (cypher/query/paths/expand in server/services/paths.ts) until the two balls
// together reach as far as the paths needed; then every candidate is in the links read, and the
// paths are assembled, picked and ranked here.
//
// Why that is enough: once the entities within p - 1 steps of `from` and within q - 1 steps of `to`
// have had all their links read, every simple path of at most p + q links is made of links read
// (each of its links has an end within p - 1 of `from` or within q - 1 of `to`: a link with neither
// sits at least p steps from `from` and q from `to` along the path). A path of p + q + 1 links may
// also have one link between an entity exactly p from `from` and one exactly q from `to`: the last
// level reads only those, the links between the two frontiers ("meet"), from the side with fewer.
import { STATUS_STRENGTH } from '#vocabulary';
import type { Status } from '#vocabulary';

/** Each status's rank for the ordering, 0 the strongest (vocabulary's STATUS_STRENGTH). */
export const STRENGTH_RANKS: Readonly<Record<Status, number>> = Object.fromEntries(STATUS_STRENGTH.map((s, i) => [s, i])) as Record<Status, number>;

/** How many paths the search ranks: the ten shortest, the API's maximum `first`. */
export const PATHS_SEARCHED = 10;

/** What the search needs of a link; the paths kept are read in full afterwards. */
export interface StepLink { id: string; status: Status; fromId: string; toId: string }

/** One row of a level: a link of the frontier entity `id` (`out`: it starts there), the entity at its other end and that one's degree. */
export interface LevelRow { id: string; neighbour: string; rel: string; status: Status; out: boolean; degree: number }

/** A level to read: the entities, and (the last level) the only entities their links may lead to. */
export interface LevelRead { frontier: string[]; targets: string[] | null }

/** What keeps one request bounded; past any of them the answer is partial. */
export interface SearchCaps {
  /** Links read from one entity in one level (the statement's $fanout). */
  fanout: number;
  /** Rows of one level in all (the statement's $limit). */
  levelRows: number;
  /** Paths assembled, of the lengths needed, before ranking. */
  candidates: number;
  /** Steps the assembly may take walking the links read. */
  walk: number;
}

export interface Candidate<L extends StepLink = StepLink> { ids: string[]; rels: L[] }

export interface SearchResult {
  paths: Candidate[];
  /** True when a cap cut something: paths through a capped hub (or past a cap) may be missing. */
  partial: boolean;
  /** Statements run, and the frontier entities each read. */
  levels: number[];
}

/** The links read so far, from both ends: for each entity, its neighbours and the links to each. */
export class PathGraph {
  private readonly adjacency = new Map<string, Map<string, Map<string, StepLink>>>();
  private readonly sorted = new Map<string, string[]>();

  add(row: LevelRow): void {
    const rel: StepLink = { id: row.rel, status: row.status, fromId: row.out ? row.id : row.neighbour, toId: row.out ? row.neighbour : row.id };
    this.pair(row.id, row.neighbour).set(rel.id, rel);
    this.pair(row.neighbour, row.id).set(rel.id, rel);
  }

  /** An entity's neighbours, by id, so that every walk is in the same order. */
  neighbours(id: string): string[] {
    let ids = this.sorted.get(id);
    if (!ids) this.sorted.set(id, (ids = [...(this.adjacency.get(id)?.keys() ?? [])].sort(byText)));
    return ids;
  }

  /** The links between two entities, by id. */
  between(a: string, b: string): StepLink[] {
    return [...(this.adjacency.get(a)?.get(b)?.values() ?? [])].sort((x, y) => byText(x.id, y.id));
  }

  private pair(a: string, b: string): Map<string, StepLink> {
    let byNeighbour = this.adjacency.get(a);
    if (!byNeighbour) this.adjacency.set(a, (byNeighbour = new Map()));
    let links = byNeighbour.get(b);
    if (!links) {
      byNeighbour.set(b, (links = new Map()));
      this.sorted.delete(a);
    }
    return links;
  }
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function byList(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = byText(a[i] ?? '', b[i] ?? '');
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** The rank of a path's weakest step, 0 the strongest. */
export function weakestRank(rels: readonly Pick<StepLink, 'status'>[]): number {
  return rels.reduce((w, r) => Math.max(w, STRENGTH_RANKS[r.status] ?? 0), 0);
}

/** The statements' order: weakest step strongest first, then the shorter, then entity ids, then link ids. */
export function comparePaths(a: Candidate, b: Candidate): number {
  return weakestRank(a.rels) - weakestRank(b.rels) || a.rels.length - b.rels.length
    || byList(a.ids, b.ids) || byList(a.rels.map((r) => r.id), b.rels.map((r) => r.id));
}

/** Steps from each entity to `to` over the links read (a lower bound on any path left to walk). */
function distancesTo(graph: PathGraph, to: string, budget: number): Map<string, number> {
  const dist = new Map([[to, 0]]);
  let level = [to];
  for (let d = 1; d <= budget && level.length > 0; d++) {
    const next: string[] = [];
    for (const id of level) for (const n of graph.neighbours(id)) if (!dist.has(n)) { dist.set(n, d); next.push(n); }
    level = next;
  }
  return dist;
}

/**
 * The simple paths from `from` to `to` over the links read, shortest first: every path of each
 * length from 1 up, stopping after the length that brings them to `want`, or at `budget` links.
 * `complete` is false when a cap stopped the walk.
 */
export function collectPaths(graph: PathGraph, from: string, to: string, budget: number, want: number, caps: Pick<SearchCaps, 'candidates' | 'walk'>): { paths: Candidate[]; complete: boolean } {
  const dist = distancesTo(graph, to, budget);
  const paths: Candidate[] = [];
  let steps = 0;
  let complete = true;
  const ids = [from];
  const rels: StepLink[] = [];
  const onPath = new Set([from]);
  const step = (link: StepLink, to: string): void => {
    ids.push(to);
    rels.push(link);
  };
  const back = (): void => {
    ids.pop();
    rels.pop();
  };
  // Neighbours are tested once each (on the path already, too far from `to`), and the last step
  // looks up the links into `to` instead of walking every link at the entity it leaves.
  const walk = (at: string, left: number): void => {
    if (left === 1) {
      for (const link of graph.between(at, to)) {
        if (++steps > caps.walk || paths.length >= caps.candidates) { complete = false; return; }
        step(link, to);
        paths.push({ ids: [...ids], rels: [...rels] });
        back();
      }
      return;
    }
    for (const next of graph.neighbours(at)) {
      const d = dist.get(next);
      if (next === to || onPath.has(next) || d === undefined || d > left - 1) continue;
      for (const link of graph.between(at, next)) {
        if (!complete) return;
        if (++steps > caps.walk || paths.length >= caps.candidates) { complete = false; return; }
        step(link, next);
        onPath.add(next);
        walk(next, left - 1);
        onPath.delete(next);
        back();
      }
    }
  };
  for (let length = 1; length <= budget && paths.length < want && complete; length++) walk(from, length);
  return { paths, complete };
}

/**
 * The paths SHORTEST `want` would rank, picked deterministically: every path shorter than the
 * longest length needed, and of that length the best by the order, up to `want` in all; then
 * ranked by the order and cut to `first`.
 */
export function rankPaths<L extends StepLink>(candidates: readonly Candidate<L>[], want: number, first: number): Candidate<L>[] {
  const shortest = [...candidates].sort((a, b) => a.rels.length - b.rels.length || comparePaths(a, b)).slice(0, want);
  return shortest.sort(comparePaths).slice(0, first);
}

interface Side { end: string; other: string; depth: number; frontier: string[]; reached: Set<string> }

export interface SearchArgs { from: string; to: string; maxHops: number; first: number }

/**
 * The search: `read` runs one level and returns its rows (never for an entity already read whole).
 * Full levels, each on the side with fewer links to read, until one more step would reach maxHops;
 * then the meet. It stops early when PATHS_SEARCHED paths are in the hops covered, or when one
 * side has nowhere left to go (then every path is in the links read).
 */
export async function searchPaths(read: (level: LevelRead) => Promise<LevelRow[]>, args: SearchArgs, caps: SearchCaps): Promise<SearchResult> {
  const graph = new PathGraph();
  const expanded = new Set<string>();
  // Each entity's links, as the rows that reached it said; an end not yet reached counts as one.
  const degree = new Map<string, number>();
  const forward: Side = { end: args.from, other: args.to, depth: 0, frontier: [args.from], reached: new Set([args.from]) };
  const backward: Side = { end: args.to, other: args.from, depth: 0, frontier: [args.to], reached: new Set([args.to]) };
  const levels: number[] = [];
  let partial = false;
  let met = false;
  const unread = (side: Side): string[] => side.frontier.filter((id) => !expanded.has(id));
  const cost = (side: Side, cap: number): number => unread(side).reduce((sum, id) => sum + Math.min(degree.get(id) ?? 1, cap), 0);
  const readLevel = async (level: LevelRead): Promise<void> => {
    const rows = await read(level);
    levels.push(level.frontier.length);
    const perEntity = new Map<string, number>();
    for (const row of rows) {
      graph.add(row);
      degree.set(row.neighbour, Number(row.degree));
      perEntity.set(row.id, (perEntity.get(row.id) ?? 0) + 1);
    }
    if (rows.length >= caps.levelRows || [...perEntity.values()].some((n) => n >= caps.fanout)) partial = true;
  };
  for (;;) {
    const exhausted = forward.frontier.length === 0 || backward.frontier.length === 0;
    const covered = forward.depth + backward.depth + (met ? 1 : 0);
    const budget = exhausted ? args.maxHops : Math.min(args.maxHops, covered);
    if (budget > 0) {
      const found = collectPaths(graph, args.from, args.to, budget, PATHS_SEARCHED, caps);
      if (!found.complete || found.paths.length >= PATHS_SEARCHED || budget === args.maxHops) {
        return { paths: rankPaths(found.paths, PATHS_SEARCHED, args.first), partial: partial || !found.complete, levels };
      }
    }
    if (covered + 1 === args.maxHops) {
      // The meet: the links between the frontiers, scanned from the one with fewer links in all.
      const [scan, into] = cost(forward, Infinity) <= cost(backward, Infinity) ? [forward, backward] : [backward, forward];
      const [frontier, targets] = [unread(scan), unread(into)];
      if (frontier.length > 0 && targets.length > 0) await readLevel({ frontier, targets });
      met = true;
      continue;
    }
    // The smaller frontier by links to read (of two as large, the shallower side); the two ends,
    // whose links nothing has counted yet, in one statement.
    const [f, b] = [cost(forward, caps.fanout), cost(backward, caps.fanout)];
    const both = forward.depth === 0 && backward.depth === 0;
    const sides = both ? [forward, backward] : [f < b || (f === b && forward.depth <= backward.depth) ? forward : backward];
    const toRead = [...new Set(sides.flatMap(unread))];
    if (toRead.length > 0) {
      await readLevel({ frontier: toRead, targets: null });
      for (const id of toRead) expanded.add(id);
    }
    for (const side of sides) advance(side, graph);
  }
}

/** The side's next frontier: the entities its frontier's links reach first (never the other end). */
function advance(side: Side, graph: PathGraph): void {
  const next = new Set<string>();
  for (const id of side.frontier) {
    for (const n of graph.neighbours(id)) if (!side.reached.has(n) && n !== side.other) next.add(n);
  }
  for (const n of next) side.reached.add(n);
  side.frontier = [...next].sort(byText);
  side.depth += 1;
}
