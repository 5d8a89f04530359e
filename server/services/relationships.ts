// Relationships: by id, the global paged list, and each entity's own paged links.
import { statement } from '../cypher';
import { int } from '../db';
import type { Db } from '../db';
import type { FilterParams } from '../translate/filter';
import { decodeCursor } from '../translate/cursor';
import { HUB_DEGREE, withHubRows } from './hubs';
import { once, startEarly, toPage } from './page';
import type { EntityRow, Page, RelationshipRow } from './types';

import type { Direction } from '#vocabulary';

export type { Direction };

/** Relationships by id, and the entities at their ends read with them (`onEnd`: for the entity loader). */
export async function relationshipsByIds(db: Db, ids: readonly string[], onEnd: (end: EntityRow) => void = () => undefined): Promise<(RelationshipRow | null)[]> {
  const rows = await db.read(statement('query/relationship/by-ids', { ids }));
  const byId = new Map(rows.map((r) => {
    const rel = r.rel as RelationshipRow;
    for (const end of r.ends as EntityRow[]) onEnd(end);
    return [rel.id, rel];
  }));
  return ids.map((id) => byId.get(id) ?? null);
}

const isUnfiltered = (f: FilterParams): boolean =>
  f.types === null && f.statuses === null && f.kinds === null && f.asOf === null && f.from === null && f.to === null;

/**
 * Every relationship, ordered by (from id, relationship id). `first` is already range-checked.
 * `countNow`: the caller will read totalCount, so the count starts beside the page.
 */
export async function relationshipPage(db: Db, filter: FilterParams, first: number, after: string | null | undefined, countNow = false): Promise<Page> {
  const cursor = decodeCursor(after, 2);
  const afterFrom = cursor?.[0] ?? '';
  const afterRel = cursor?.[1] ?? '';
  const count = once(async (): Promise<number> => {
    const stmt = isUnfiltered(filter) ? statement('query/relationship/count-all', {}) : statement('query/relationship/count-filtered', { filter });
    const [row] = await db.read(stmt);
    return Number(row?.total ?? 0);
  });
  if (countNow) startEarly(count());
  const rows = await db.read(statement('query/relationship/page', { afterFrom, afterRel, first: int(first + 1), filter }));
  return toPage(rows.map((r) => r.rel as RelationshipRow), first, (r) => [r.fromId, r.id], count);
}

export interface EntityLinksKey { id: string; direction: Direction; first: number; after: string; filter: FilterParams }

/** One entity's page of links (first + 1 rows) and the entities at their other ends, read with them. */
export interface EntityLinks { rels: RelationshipRow[]; ends: EntityRow[] }

/** Pages of links for several entities that share the same arguments, in one query. */
export async function entityLinkPages(db: Db, ids: readonly string[], args: Omit<EntityLinksKey, 'id'>): Promise<EntityLinks[]> {
  const params = { direction: args.direction, after: args.after, first: int(args.first + 1), filter: args.filter };
  const marked = await db.read(statement('query/entity/relationships', { ...params, ids, hubDegree: int(HUB_DEGREE) }));
  const rows = await withHubRows(marked, (hubs) => db.read(statement('query/entity/relationships-hub', { ...params, ids: hubs })));
  const byId = new Map(rows.map((r) => [String(r.id), { rels: r.rels as RelationshipRow[], ends: r.ends as EntityRow[] }]));
  return ids.map((id) => byId.get(id) ?? { rels: [], ends: [] });
}

export async function countEntityLinks(db: Db, id: string, direction: Direction, filter: FilterParams): Promise<number> {
  // Unfiltered, the count comes from the node's degree instead of reading every link (a hub's thousands).
  const stmt = isUnfiltered(filter)
    ? statement('query/entity/relationships-count-all', { id, direction })
    : statement('query/entity/relationships-count', { id, direction, filter });
  const [row] = await db.read(stmt);
  return Number(row?.total ?? 0);
}

/** The count of one entity's links for its page's totalCount, run at most once (startEarly may start it beside the page). */
export function entityLinkCount(db: Db, key: EntityLinksKey): () => Promise<number> {
  return once(() => countEntityLinks(db, key.id, key.direction, key.filter));
}

/** One entity's page, from rows its loader fetched. */
export function entityLinkPage(key: EntityLinksKey, rows: readonly RelationshipRow[], count: () => Promise<number>): Page {
  return toPage(rows, key.first, (r) => [r.id], count);
}
