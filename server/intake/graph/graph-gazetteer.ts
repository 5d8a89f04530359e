// The gazetteer the API and the CLI give the extractor: the graph itself, asked through the
// entity_search full-text index, so intake never loads the whole graph. One article costs two
// reads: every surface string in ONE lookup statement, then the live links among what it named.
// Candidates are ranked here with search's own `closeness`, so a mention matches what search finds
// and scores what the in-memory gazetteer (mentions/memory-gazetteer.ts) scores.
import type { EntityKind, RelationType, Status } from '#vocabulary';
import { statement } from '../../cypher';
import { int } from '../../db';
import type { Db } from '../../db';
import { closeness } from '../../services/search-rank';
import { buildSearchQuery } from '../../translate/search-query';
import type { Gazetteer, KnownEntity, KnownLink } from '../types';

/** Candidates the index returns per surface; closeness re-ranks them (Lucene favours short fields). */
const POOL = 10;
/** Entities kept per surface, best first. */
export const MATCHES_PER_SURFACE = 5;
/**
 * Below this a name shares hardly a word with the surface (the in-memory gazetteer keeps the same
 * floor, so both hand the matcher the same candidates); the mention matcher decides among the rest.
 */
export const MIN_CLOSENESS = 0.45;

/** The full-text query for one surface, or null for one search would refuse (blank, no letter, too long). */
function queryOf(surface: string): string | null {
  try {
    return buildSearchQuery(surface);
  } catch {
    return null;
  }
}

/** Closeness to the entity's best-matching name or alias. */
function bestCloseness(surface: string, entity: KnownEntity): number {
  return Math.max(closeness(surface, entity.name), ...entity.aliases.map((a) => closeness(surface, a)));
}

interface Scored { entity: KnownEntity; score: number; lucene: number }

function rank(surface: string, rows: readonly { entity: KnownEntity; lucene: number }[]): { entity: KnownEntity; score: number }[] {
  const seen = new Map<string, Scored>();
  for (const { entity, lucene } of rows) {
    const score = bestCloseness(surface, entity);
    // A full-text hit no name of the entity is close to (a shared common word, a fuzzy term) is noise.
    if (score >= MIN_CLOSENESS && !seen.has(entity.id)) seen.set(entity.id, { entity, score: Math.round(score * 1000) / 1000, lucene });
  }
  return [...seen.values()]
    .sort((a, b) => b.score - a.score || b.lucene - a.lucene || a.entity.name.localeCompare(b.entity.name) || a.entity.id.localeCompare(b.entity.id))
    .slice(0, MATCHES_PER_SURFACE)
    .map(({ entity, score }) => ({ entity, score }));
}

/**
 * `bookmarks`: what the reads start after (a client's earlier writes), for a caller with a bare Db;
 * the API's request Db already carries the request's own, as every read does.
 */
export function createGraphGazetteer(db: Db, bookmarks: readonly string[] = []): Gazetteer {
  const reader = bookmarks.length > 0 ? db.withBookmarks(bookmarks, []) : db;
  return {
    async lookup(surfaces) {
      const found = new Map<string, { entity: KnownEntity; score: number }[]>();
      const queries: { surface: string; query: string }[] = [];
      for (const surface of new Set(surfaces)) {
        found.set(surface, []);
        const query = queryOf(surface);
        if (query !== null) queries.push({ surface, query });
      }
      if (queries.length === 0) return found;
      const rows = await reader.read(statement('intake/lookup', { queries, limit: int(POOL) }));
      const bySurface = new Map<string, { entity: KnownEntity; lucene: number }[]>();
      for (const row of rows) {
        const surface = row.surface as string;
        const e = row.entity as { id: string; name: string; aliases: string[] | null; kind: EntityKind };
        const entity: KnownEntity = { id: e.id, name: e.name, kind: e.kind, aliases: e.aliases ?? [] };
        bySurface.set(surface, [...(bySurface.get(surface) ?? []), { entity, lucene: Number(row.score) }]);
      }
      for (const [surface, candidates] of bySurface) found.set(surface, rank(surface, candidates));
      return found;
    },
    async linksAmong(ids) {
      const unique = [...new Set(ids)];
      if (unique.length < 2) return [];
      const rows = await reader.read(statement('intake/links-among', { ids: unique }));
      return rows.map((r): KnownLink => ({ id: r.id as string, type: r.type as RelationType, from: r.fromId as string, to: r.toId as string, status: r.status as Status }));
    },
  };
}
