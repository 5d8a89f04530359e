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

export function createMemoryGazetteer(entities: readonly KnownEntity[], links: readonly KnownLink[] = []): Gazetteer {
  const named = entities.map((entity) => {
    const names = [entity.name, ...entity.aliases];
    return { entity, names: names.map((name) => ({ name, grams: new Set(bigrams(compactName(name))) })) };
  });
  return {
    lookup(surfaces) {
      const out = new Map<string, { entity: KnownEntity; score: number }[]>();
      for (const surface of new Set(surfaces)) {
        const hits: { entity: KnownEntity; score: number }[] = [];
        const grams = bigrams(compactName(surface));
        for (const { entity, names } of named) {
          let score = 0;
          for (const { name, grams: theirs } of names) {
            const shared = grams.filter((g) => theirs.has(g)).length;
            if ((2 * shared) / (grams.length + theirs.size || 1) >= MIN_DICE) score = Math.max(score, closeness(surface, name));
          }
          if (score >= MIN_SCORE) hits.push({ entity, score: Math.round(score * 1000) / 1000 });
        }
        hits.sort((a, b) => b.score - a.score || a.entity.name.localeCompare(b.entity.name));
        out.set(surface, hits.slice(0, TOP));
      }
      return Promise.resolve(out);
    },
    linksAmong(ids) {
      const wanted = new Set(ids);
      return Promise.resolve(links.filter((l) => wanted.has(l.from) && wanted.has(l.to)));
    },
  };
}
