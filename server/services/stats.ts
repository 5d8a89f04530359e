// Whole-graph counts, from Neo4j's count store or the Entity.kind index, and the span of dates the
// links and the sources cover (a scan: see cypher/query/stats/link-dates).
import { statement } from '../cypher';
import type { Db } from '../db';
import { ENTITY_KINDS, RELATION_TYPES } from '#vocabulary';
import type { EntityKind } from '#vocabulary';
import type { TypeCount } from './types';

export interface Stats {
  entities: number;
  relationships: number;
  sources: number;
  datedRelationships: number;
  linkDates: DateSpan;
  sourceDates: DateSpan;
  byType: TypeCount[];
  byKind: { kind: EntityKind; count: number }[];
}

/** Partial dates as written; both null when nothing is dated. */
export interface DateSpan { from: string | null; to: string | null }

const spanOf = (row: Record<string, unknown> | undefined): DateSpan => ({
  from: typeof row?.earliest === 'string' ? row.earliest : null,
  to: typeof row?.latest === 'string' ? row.latest : null,
});

export async function graphStats(db: Db): Promise<Stats> {
  const [totals] = await db.read(statement('query/stats/totals', {}));
  const byType = await db.read(statement('query/stats/by-type', {}));
  const byKind = await db.read(statement('query/stats/by-kind', { kinds: Object.keys(ENTITY_KINDS) }));
  const [links] = await db.read(statement('query/stats/link-dates', { types: Object.keys(RELATION_TYPES) }));
  const [sources] = await db.read(statement('query/stats/source-dates', {}));
  return {
    entities: Number(totals?.entities ?? 0),
    relationships: Number(totals?.relationships ?? 0),
    sources: Number(totals?.sources ?? 0),
    datedRelationships: Number(links?.dated ?? 0),
    linkDates: spanOf(links),
    sourceDates: spanOf(sources),
    byType: byType.map((r) => r as unknown as TypeCount).filter((t) => t.count > 0),
    byKind: byKind.map((r) => r as unknown as { kind: EntityKind; count: number }).filter((k) => k.count > 0),
  };
}
