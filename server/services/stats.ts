// Whole-graph counts, all from Neo4j's count store or the Entity.kind index.
import { statement } from '../cypher';
import type { Db } from '../db';
import { ENTITY_KINDS } from '#vocabulary';
import type { EntityKind } from '#vocabulary';
import type { TypeCount } from './types';

export interface Stats {
  entities: number;
  relationships: number;
  sources: number;
  byType: TypeCount[];
  byKind: { kind: EntityKind; count: number }[];
}

export async function graphStats(db: Db): Promise<Stats> {
  const [totals] = await db.read(statement('query/stats/totals', {}));
  const byType = await db.read(statement('query/stats/by-type', {}));
  const byKind = await db.read(statement('query/stats/by-kind', { kinds: Object.keys(ENTITY_KINDS) }));
  return {
    entities: Number(totals?.entities ?? 0),
    relationships: Number(totals?.relationships ?? 0),
    sources: Number(totals?.sources ?? 0),
    byType: byType.map((r) => r as unknown as TypeCount).filter((t) => t.count > 0),
    byKind: byKind.map((r) => r as unknown as { kind: EntityKind; count: number }).filter((k) => k.count > 0),
  };
}
