// paths(from, to): the k shortest undirected paths as ordered steps, the strongest first. A
// bidirectional breadth-first search (path-search.ts): one query/paths/expand a level, the
// smaller frontier first, the paths assembled from the links read; then query/paths/links reads
// the links of the paths kept in full.
import { STATUS_STRENGTH } from '#vocabulary';
import type { Status } from '#vocabulary';
import { statement } from '../cypher';
import { int } from '../db';
import type { Db } from '../db';
import type { ExclusionParams } from '../translate/exclusion';
import type { FilterParams } from '../translate/filter';
import { HUB_DEGREE } from './hubs';
import { searchPaths, weakestRank } from './path-search';
import type { LevelRead, LevelRow, SearchCaps } from './path-search';
import type { RelationshipRow } from './types';

export { STRENGTH_RANKS } from './path-search';

export interface StepResult { entityId: string; via: RelationshipRow | null; reversed: boolean }
export interface PathResult { length: number; weakest: Status; steps: StepResult[] }

export interface PathArgs { from: string; to: string; maxHops: number; first: number; filter: FilterParams; exclude: ExclusionParams }

/**
 * The search's bounds. One entity's links a level: HUB_DEGREE, so only a hub (server/services/hubs)
 * is ever cut; a level's rows: ten hubs' worth; what the assembly may walk: far more than a graph
 * without hubs needs (docs/api.md#paths says what a cut means for the answer).
 */
export const PATH_CAPS: SearchCaps = { fanout: HUB_DEGREE, levelRows: 10 * HUB_DEGREE, candidates: 10_000, walk: 1_000_000 };

/** Steps from entity ids and the links between them; a link walked from its `to` end is reversed. */
export function toSteps(ids: readonly string[], rels: readonly RelationshipRow[]): StepResult[] {
  return ids.map((entityId, i) => {
    const via = i === 0 ? null : rels[i - 1] ?? null;
    return { entityId, via, reversed: via !== null && via.fromId !== ids[i - 1] };
  });
}

/** The paths, and whether a cap may have left some out (the API has no field for it: docs say so). */
export async function searchShortestPaths(db: Db, args: PathArgs, caps: SearchCaps = PATH_CAPS): Promise<{ paths: PathResult[]; partial: boolean }> {
  // The API's timeout is for the whole request: each statement gets what is left of it.
  const deadline = db.timeoutMs === null ? null : Date.now() + db.timeoutMs;
  const left = (): Db => (deadline === null ? db : db.withTimeout(Math.max(1, deadline - Date.now())));
  const read = async ({ frontier, targets }: LevelRead): Promise<LevelRow[]> => {
    const rows = await left().read(statement('query/paths/expand', {
      frontier, targets, filter: args.filter, exclude: args.exclude, fanout: int(caps.fanout), limit: int(caps.levelRows),
    }));
    return rows as unknown as LevelRow[];
  };
  const found = await searchPaths(read, args, caps);
  const steps = [...new Map(found.paths.flatMap((p) => p.rels).map((r) => [r.id, { id: r.id, fromId: r.fromId, toId: r.toId }])).values()];
  const full = steps.length === 0 ? [] : await left().read(statement('query/paths/links', { links: steps }));
  const byId = new Map(full.map((row) => { const rel = row.rel as RelationshipRow; return [rel.id, rel]; }));
  const paths: PathResult[] = [];
  for (const p of found.paths) {
    const rels = p.rels.map((r) => byId.get(r.id));
    // A link retired since its level read it: the path is gone.
    if (rels.some((r) => r === undefined)) continue;
    const kept = rels as RelationshipRow[];
    paths.push({ length: kept.length, weakest: STATUS_STRENGTH[weakestRank(kept)] ?? 'DENIED', steps: toSteps(p.ids, kept) });
  }
  return { partial: found.partial, paths };
}

export async function shortestPaths(db: Db, args: PathArgs): Promise<PathResult[]> {
  return (await searchShortestPaths(db, args)).paths;
}
