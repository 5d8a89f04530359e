// paths(from, to): the k shortest undirected paths as ordered steps, the strongest first.
import { STATUS_STRENGTH } from '#vocabulary';
import type { Status } from '#vocabulary';
import { statement } from '../cypher';
import { int } from '../db';
import type { Db } from '../db';
import type { ExclusionParams } from '../translate/exclusion';
import type { FilterParams } from '../translate/filter';
import type { RelationshipRow } from './types';

export interface StepResult { entityId: string; via: RelationshipRow | null; reversed: boolean }
export interface PathResult { length: number; weakest: Status; steps: StepResult[] }

export interface PathArgs { from: string; to: string; maxHops: number; first: number; filter: FilterParams; exclude: ExclusionParams }

/** Each status's rank for the statement's ordering, 0 the strongest (vocabulary's STATUS_STRENGTH). */
export const STRENGTH_RANKS: Readonly<Record<Status, number>> = Object.fromEntries(STATUS_STRENGTH.map((s, i) => [s, i])) as Record<Status, number>;

/** Steps from entity ids and the links between them; a link walked from its `to` end is reversed. */
export function toSteps(ids: readonly string[], rels: readonly RelationshipRow[]): StepResult[] {
  return ids.map((entityId, i) => {
    const via = i === 0 ? null : rels[i - 1] ?? null;
    return { entityId, via, reversed: via !== null && via.fromId !== ids[i - 1] };
  });
}

/**
 * One statement per hop bound, up to the API's maximum (limits.maxHops): shortest-1.cypher, and
 * shortest-2 … made from the template shortest.cypher (its `// Template:` range ends here too).
 */
export const LONGEST_PATH_STATEMENT = 6;

/** The statement that searches paths of at most `maxHops` links: the bound is in its text. */
export function pathStatementName(maxHops: number): string {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > LONGEST_PATH_STATEMENT) {
    throw new RangeError(`maxHops ${maxHops} has no statement: cypher/query/paths/ makes shortest-1 … shortest-${LONGEST_PATH_STATEMENT}`);
  }
  return `query/paths/shortest-${maxHops}`;
}

export async function shortestPaths(db: Db, args: PathArgs): Promise<PathResult[]> {
  const rows = await db.read(statement(pathStatementName(args.maxHops), {
    from: args.from, to: args.to, first: int(args.first), filter: args.filter,
    exclude: args.exclude, strength: STRENGTH_RANKS,
  }));
  return rows.map((r) => {
    const rels = r.rels as RelationshipRow[];
    return { length: rels.length, weakest: STATUS_STRENGTH[Number(r.weakest)] ?? 'DENIED', steps: toSteps(r.ids as string[], rels) };
  });
}
