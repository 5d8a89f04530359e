// search(text): full-text candidates from Neo4j, ranked here by how close a name is to the text.
import { statement } from '../cypher';
import { int } from '../db';
import type { Db } from '../db';
import { buildSearchQuery } from '../translate/search-query';
import { rankCandidates } from './search-rank';
import type { EntityRow } from './types';

export interface SearchHit { entity: EntityRow; matched: string; score: number }

// Lucene's order is not ours (it favours short fields, not the typed name), so rank a wider pool.
const POOL_FACTOR = 5;
const MIN_POOL = 25;

export async function searchEntities(db: Db, text: string, first: number): Promise<SearchHit[]> {
  const query = buildSearchQuery(text);
  const rows = await db.read(statement('query/search/fulltext', { query, limit: int(Math.max(MIN_POOL, first * POOL_FACTOR)) }));
  const entities = new Map<string, EntityRow>();
  const candidates = rows.map((r) => {
    const entity = r.entity as EntityRow;
    entities.set(entity.id, entity);
    return { id: entity.id, name: entity.name, aliases: entity.aliases, luceneScore: Number(r.score) };
  });
  return rankCandidates(text, candidates, first).flatMap((hit) => {
    const entity = entities.get(hit.id);
    return entity ? [{ entity, matched: hit.matched, score: hit.score }] : [];
  });
}
