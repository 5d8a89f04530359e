// A gazetteer over entities held in memory, for tests and the benchmark. It ranks by the same
// closeness as search (server/services/search-rank.ts), so what a test finds here the graph-backed
// gazetteer finds through the full-text index.
import { compactName } from '#vocabulary/names';
import { closeness } from '../../services/search-rank';
import type { Gazetteer, KnownEntity, KnownLink } from '../types';

/** Below this the string shares hardly a word with the entity; the matcher decides among the rest. */
const MIN_SCORE = 0.45;
const TOP = 5;

/**
 * Closeness is too dear to run against every name for every span of an article, so names sharing
 * too few letter pairs with the string (Dice coefficient) are skipped: none of them could reach
 * MIN_SCORE (a typo changes at most two pairs; a suffix away still shares most).
 */
const MIN_DICE = 0.25;

/** Letter pairs (a lone character as itself): a name sharing none with the string cannot be close to it. */
function bigrams(compact: string): string[] {
  if (compact.length < 2) return compact ? [compact] : [];
  const out: string[] = [];
  for (let i = 0; i + 2 <= compact.length; i++) out.push(compact.slice(i, i + 2));
  return out;
}

interface IndexedName { entity: KnownEntity; order: number; name: string; pairs: number }

/**
 * Every name and alias filed under each of its letter pairs, so a string meets only the names it
 * shares a pair with (an article asks for hundreds of strings; scanning every entity for each made
 * lookup the dearest step of intake). The Dice filter and closeness are then exactly as before.
 */
function indexNames(entities: readonly KnownEntity[]): Map<string, IndexedName[]> {
  const byPair = new Map<string, IndexedName[]>();
  for (const [order, entity] of entities.entries()) {
    for (const name of [entity.name, ...entity.aliases]) {
      const pairs = new Set(bigrams(compactName(name)));
      const indexed: IndexedName = { entity, order, name, pairs: pairs.size };
      for (const pair of pairs) {
        const list = byPair.get(pair);
        if (list) list.push(indexed);
        else byPair.set(pair, [indexed]);
      }
    }
  }
  return byPair;
}

/** The entities a string may name, best first: closeness over the names that share enough letter pairs. */
function hitsFor(surface: string, byPair: ReadonlyMap<string, readonly IndexedName[]>): { entity: KnownEntity; score: number }[] {
  const grams = bigrams(compactName(surface));
  const shared = new Map<IndexedName, number>();
  for (const gram of grams) for (const n of byPair.get(gram) ?? []) shared.set(n, (shared.get(n) ?? 0) + 1);
  const best = new Map<KnownEntity, { score: number; order: number }>();
  for (const [n, count] of shared) {
    if ((2 * count) / (grams.length + n.pairs || 1) < MIN_DICE) continue;
    const score = closeness(surface, n.name);
    if (score > (best.get(n.entity)?.score ?? 0)) best.set(n.entity, { score, order: n.order });
  }
  const hits: { entity: KnownEntity; score: number; order: number }[] = [];
  for (const [entity, { score, order }] of best) if (score >= MIN_SCORE) hits.push({ entity, score: Math.round(score * 1000) / 1000, order });
  // Ties keep the entities' own order, as a scan of the list would.
  hits.sort((a, b) => b.score - a.score || a.entity.name.localeCompare(b.entity.name) || a.order - b.order);
  return hits.slice(0, TOP).map(({ entity, score }) => ({ entity, score }));
}

export function createMemoryGazetteer(entities: readonly KnownEntity[], links: readonly KnownLink[] = []): Gazetteer {
  const byPair = indexNames(entities);
  return {
    lookup(surfaces) {
      const out = new Map<string, { entity: KnownEntity; score: number }[]>();
      for (const surface of surfaces) if (!out.has(surface)) out.set(surface, hitsFor(surface, byPair));
      return Promise.resolve(out);
    },
    linksAmong(ids) {
      const wanted = new Set(ids);
      return Promise.resolve(links.filter((l) => wanted.has(l.from) && wanted.has(l.to)));
    },
  };
}
