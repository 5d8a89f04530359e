// The bidirectional search behind paths(from, to), apart from the database so that it can be tested
// alone: `searchPaths` expands the smaller of the two frontiers one step at a time through a
// reader (cypher/query/paths/expand in server/services/paths.ts) until the two balls together
// reach as far as the paths needed; then every candidate is in the links read, and the paths are
// assembled, picked and ranked here.
//
// Why reading both balls is enough: once the entities within p - 1 steps of `from` and within
// q - 1 steps of `to` have had all their links read, every simple path of at most p + q links is
// made of links read (split it where it has walked p links, or earlier if shorter: each link of the
// first part has an end within p - 1 of `from`, each of the second an end within q - 1 of `to`).
import { STATUS_STRENGTH } from '#vocabulary';
import type { Status } from '#vocabulary';
import type { RelationshipRow } from './types';

/** Each status's rank for the ordering, 0 the strongest (vocabulary's STATUS_STRENGTH). */
export const STRENGTH_RANKS: Readonly<Record<Status, number>> = Object.fromEntries(STATUS_STRENGTH.map((s, i) => [s, i])) as Record<Status, number>;

/** How many paths the search ranks: the ten shortest, the API's maximum `first`. */
export const PATHS_SEARCHED = 10;

/** One row of a level: a link of the frontier entity `id`, and the entity at its other end. */
export interface LevelRow { id: string; neighbour: string; rel: RelationshipRow }

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

export interface Candidate { ids: string[]; rels: RelationshipRow[] }

export interface SearchResult {
  paths: Candidate[];
  /** True when a cap cut something: paths through a capped hub (or past a cap) may be missing. */
  partial: boolean;
  /** Statements run, and the frontier entities each read. */
  levels: number[];
}

/** The links read so far, from both ends, each entity's links by link id. */
export class PathGraph {
  private readonly adjacency = new Map<string, Map<string, { to: string; rel: RelationshipRow }>>();
  private readonly sorted = new Map<string, { to: string; rel: RelationshipRow }[]>();

  add(row: LevelRow): void {
    this.side(row.id).set(row.rel.id, { to: row.neighbour, rel: row.rel });
    this.side(row.neighbour).set(row.rel.id, { to: row.id, rel: row.rel });
    this.sorted.delete(row.id);
    this.sorted.delete(row.neighbour);
  }

  /** The links at an entity, by neighbour id then link id, so that every walk is in the same order. */
  links(id: string): { to: string; rel: RelationshipRow }[] {
    let links = this.sorted.get(id);
    if (!links) {
      links = [...(this.adjacency.get(id)?.values() ?? [])].sort((x, y) => byText(x.to, y.to) || byText(x.rel.id, y.rel.id));
      this.sorted.set(id, links);
    }
    return links;
  }

  neighbours(id: string): string[] {
    return [...(this.adjacency.get(id)?.values() ?? [])].map((l) => l.to);
  }

  private side(id: string): Map<string, { to: string; rel: RelationshipRow }> {
    let known = this.adjacency.get(id);
    if (!known) this.adjacency.set(id, (known = new Map()));
    return known;
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
export function weakestRank(rels: readonly RelationshipRow[]): number {
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
  const rels: RelationshipRow[] = [];
  const onPath = new Set([from]);
  const walk = (at: string, left: number): void => {
    for (const link of graph.links(at)) {
      if (!complete) return;
      const d = dist.get(link.to);
      if (onPath.has(link.to) || d === undefined || d > left - 1) continue;
      if (++steps > caps.walk || paths.length >= caps.candidates) { complete = false; return; }
      ids.push(link.to);
      rels.push(link.rel);
      if (link.to === to) {
        if (left === 1) paths.push({ ids: [...ids], rels: [...rels] });
      } else if (left > 1) {
        onPath.add(link.to);
        walk(link.to, left - 1);
        onPath.delete(link.to);
      }
      ids.pop();
      rels.pop();
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
export function rankPaths(candidates: readonly Candidate[], want: number, first: number): Candidate[] {
  const shortest = [...candidates].sort((a, b) => a.rels.length - b.rels.length || comparePaths(a, b)).slice(0, want);
  return shortest.sort(comparePaths).slice(0, first);
}

interface Side { end: string; other: string; depth: number; frontier: string[]; reached: Set<string> }

export interface SearchArgs { from: string; to: string; maxHops: number; first: number }

/**
 * The search: `read` runs one level for the entities given (none already read) and returns its
 * rows. Stops when PATHS_SEARCHED paths are found within the hops the two balls cover, or the
 * balls cover maxHops, or one side has nowhere left to go (then every path is in the links read).
 */
export async function searchPaths(read: (frontier: string[]) => Promise<LevelRow[]>, args: SearchArgs, caps: SearchCaps): Promise<SearchResult> {
  const graph = new PathGraph();
  const expanded = new Set<string>();
  const forward: Side = { end: args.from, other: args.to, depth: 0, frontier: [args.from], reached: new Set([args.from]) };
  const backward: Side = { end: args.to, other: args.from, depth: 0, frontier: [args.to], reached: new Set([args.to]) };
  const levels: number[] = [];
  let partial = false;
  for (;;) {
    const exhausted = forward.frontier.length === 0 || backward.frontier.length === 0;
    const budget = exhausted ? args.maxHops : Math.min(args.maxHops, forward.depth + backward.depth);
    if (budget > 0) {
      const found = collectPaths(graph, args.from, args.to, budget, PATHS_SEARCHED, caps);
      if (!found.complete || found.paths.length >= PATHS_SEARCHED || budget === args.maxHops) {
        return { paths: rankPaths(found.paths, PATHS_SEARCHED, args.first), partial: partial || !found.complete, levels };
      }
    }
    // The smaller frontier (of two as large, the shallower side); an entity the other side already read costs nothing.
    const [f, b] = [forward.frontier.length, backward.frontier.length];
    const side = f < b || (f === b && forward.depth <= backward.depth) ? forward : backward;
    const toRead = side.frontier.filter((id) => !expanded.has(id));
    if (toRead.length > 0) {
      const rows = await read(toRead);
      levels.push(toRead.length);
      const perEntity = new Map<string, number>();
      for (const row of rows) {
        graph.add(row);
        perEntity.set(row.id, (perEntity.get(row.id) ?? 0) + 1);
      }
      if (rows.length >= caps.levelRows || [...perEntity.values()].some((n) => n >= caps.fanout)) partial = true;
      for (const id of toRead) expanded.add(id);
    }
    const next = new Set<string>();
    for (const id of side.frontier) {
      for (const n of graph.neighbours(id)) if (!side.reached.has(n) && n !== side.other) next.add(n);
    }
    for (const n of next) side.reached.add(n);
    side.frontier = [...next].sort(byText);
    side.depth += 1;
  }
}
