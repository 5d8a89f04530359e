// neighbourhood(ids, depth, limit): breadth-first, one query per level. Each entity keeps at most
// `limit` of its links that are new to the subgraph; the rest are reported as hidden.
import { statement } from '../cypher';
import { int } from '../db';
import type { Db } from '../db';
import type { FilterParams } from '../translate/filter';
import { HUB_DEGREE, withHubRows } from './hubs';
import type { RelationshipRow } from './types';

export interface NeighbourhoodArgs { ids: string[]; depth: number; limit: number; filter: FilterParams; maxNodes: number }

/** An entity some of whose links `limit` left out, and how many. */
export interface TruncationResult { entityId: string; hidden: number }

export interface SubgraphResult {
  nodeIds: string[];
  edges: RelationshipRow[];
  truncated: TruncationResult[];
}

interface LevelRow { id: string; total: number; kept: RelationshipRow[] }

/** One level: the small entities in one statement, then the hubs it marked, if any, in another. */
async function readLevel(db: Db, frontier: string[], edges: ReadonlyMap<string, RelationshipRow>, limit: ReturnType<typeof int>, filter: FilterParams): Promise<LevelRow[]> {
  const seen = [...edges.keys()];
  const rows = await db.read(statement('query/neighbourhood/expand', { frontier, seen, limit, filter, hubDegree: int(HUB_DEGREE) }));
  const level = await withHubRows(rows, (hubs) => db.read(statement('query/neighbourhood/expand-hub', {
    frontier: hubs, seen, seenTouching: seenTouching(hubs, edges.values(), filter), limit, filter,
  })));
  return level as unknown as LevelRow[];
}

/**
 * How many links each frontier entity may keep: `limit`, shrunk so that the subgraph stays near
 * maxNodes (every kept link can add one entity). Zero when the subgraph is already full.
 */
export function perEntityLimit(limit: number, nodes: number, frontier: number, maxNodes: number): number {
  const room = maxNodes - nodes;
  if (room <= 0 || frontier === 0) return 0;
  return Math.min(limit, Math.max(1, Math.floor(room / frontier)));
}

/**
 * How many of the subgraph's links touch each frontier entity and pass the filter: what
 * query/neighbourhood/expand-hub takes off a hub's kept degrees. Every link in the subgraph passed the
 * same filter when it was read, so only its types need testing here.
 */
export function seenTouching(frontier: readonly string[], seen: Iterable<RelationshipRow>, filter: FilterParams): Record<string, number> {
  const counts = new Map(frontier.map((id) => [id, 0]));
  for (const rel of seen) {
    if (filter.types !== null && !filter.types.includes(rel.type)) continue;
    for (const end of new Set([rel.fromId, rel.toId])) {
      const count = counts.get(end);
      if (count !== undefined) counts.set(end, count + 1);
    }
  }
  return Object.fromEntries(counts);
}

export async function neighbourhood(db: Db, args: NeighbourhoodArgs): Promise<SubgraphResult> {
  const nodes = new Set(args.ids);
  const edges = new Map<string, RelationshipRow>();
  const hidden = new Map<string, number>();
  let frontier = [...args.ids];
  for (let level = 1; level <= args.depth && frontier.length > 0; level++) {
    const limit = perEntityLimit(args.limit, nodes.size, frontier.length, args.maxNodes);
    const rows = await readLevel(db, frontier, edges, int(limit), args.filter);
    const added = new Map<string, RelationshipRow>();
    for (const row of rows) for (const rel of row.kept) if (!edges.has(rel.id)) added.set(rel.id, rel);
    // A link one entity left out may still be in, kept by the entity at its other end.
    for (const row of rows) {
      const shown = [...added.values()].filter((r) => r.fromId === row.id || r.toId === row.id).length;
      if (row.total > shown) hidden.set(row.id, (hidden.get(row.id) ?? 0) + row.total - shown);
    }
    const next: string[] = [];
    for (const rel of added.values()) {
      edges.set(rel.id, rel);
      for (const end of [rel.fromId, rel.toId]) {
        if (!nodes.has(end)) { nodes.add(end); next.push(end); }
      }
    }
    frontier = next;
  }
  return {
    nodeIds: [...nodes],
    edges: [...edges.values()],
    truncated: [...hidden].map(([entityId, count]) => ({ entityId, hidden: count })),
  };
}
