// paths(from, to): the k shortest undirected paths as ordered steps, the strongest first. A
// bidirectional breadth-first search (path-search.ts): one query/paths/expand a level, the
// smaller frontier first, the paths assembled from the links read.
import { STATUS_STRENGTH } from '#vocabulary';
import type { Status } from '#vocabulary';
import { statement } from '../cypher';
import { int } from '../db';
import type { Db } from '../db';
import type { ExclusionParams } from '../translate/exclusion';
import type { FilterParams } from '../translate/filter';
import { HUB_DEGREE } from './hubs';
import { searchPaths, weakestRank } from './path-search';
import type { LevelRow, SearchCaps } from './path-search';
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
  // The API's timeout is for the whole request: each level gets what is left of it.
  const deadline = db.timeoutMs === null ? null : Date.now() + db.timeoutMs;
  const read = async (frontier: string[]): Promise<LevelRow[]> => {
    const level = deadline === null ? db : db.withTimeout(Math.max(1, deadline - Date.now()));
    const rows = await level.read(statement('query/paths/expand', {
      frontier, filter: args.filter, exclude: args.exclude, fanout: int(caps.fanout), limit: int(caps.levelRows),
    }));
    return rows as unknown as LevelRow[];
  };
  const found = await searchPaths(read, args, caps);
  return {
    partial: found.partial,
    paths: found.paths.map((p) => ({ length: p.rels.length, weakest: STATUS_STRENGTH[weakestRank(p.rels)] ?? 'DENIED', steps: toSteps(p.ids, p.rels) })),
  };
}

export async function shortestPaths(db: Db, args: PathArgs): Promise<PathResult[]> {
  return (await searchShortestPaths(db, args)).paths;
}
