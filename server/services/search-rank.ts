// Ranks full-text candidates by how close one of their names is to what was typed, and says
// which name that was. Pure, so the ranking rules are unit-tested without a database.
import { foldName, stripFoldedSuffixes } from '#vocabulary/names';

export interface Candidate { id: string; name: string; aliases: readonly string[]; luceneScore: number }
export interface Ranked { id: string; matched: string; score: number }

/**
 * Optimal string alignment distance: a swapped pair of letters counts as one typo, as in Lucene.
 * Three rolling rows rather than a matrix, reused from call to call (grown when a longer name
 * comes): intake compares hundreds of spans with every name, search 50 candidates' names.
 */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

export function editDistance(a: string, b: string): number {
  const cols = b.length + 1;
  if (rows[0].length < cols) rows = [new Int32Array(cols * 2), new Int32Array(cols * 2), new Int32Array(cols * 2)];
  let [before, previous, current] = rows;
  for (let j = 0; j < cols; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j++) {
      const bj = b.charCodeAt(j - 1);
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
    }
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return previous[b.length]!;
}

/** Is b within `max` typos of a? Lengths further apart than that never are, so most pairs skip the table. */
const withinTypos = (a: string, b: string, max: number): boolean => Math.abs(a.length - b.length) <= max && editDistance(a, b) <= max;

const HAN = /\p{Script=Han}/u;
/** How many typos a name of this length may carry and still match (search and intake share it). */
export const allowedTypos = (length: number): number => (length >= 8 ? 2 : length >= 4 ? 1 : 0);
/** The forms of a name closeness compares, computed once per name (search ranks 50 candidates). */
export interface NameForms { compact: string; strippedCompact: string; words: string[] }

export function nameForms(text: string): NameForms {
  const folded = foldName(text);
  return {
    compact: folded.replace(/\s+/g, ''),
    strippedCompact: stripFoldedSuffixes(folded).replace(/\s+/g, ''),
    words: folded.split(' ').filter(Boolean),
  };
}

function wordsMatch(typed: readonly string[], words: readonly string[]): number {
  if (typed.length === 0) return 0;
  const hits = typed.filter((t) => words.some((w) => w === t || (w.startsWith(t) && t.length >= 2) || withinTypos(w, t, allowedTypos(t.length))));
  return hits.length / typed.length;
}

/** 1 for the same name, less for a suffix away, a prefix, a typo, a shared word; 0 when unrelated. */
export function closeness(typed: string, name: string): number {
  return closenessOf(nameForms(typed), nameForms(name));
}

/** closeness on forms already computed. */
export function closenessOf(typed: NameForms, name: NameForms): number {
  const { compact: tc, strippedCompact: ts } = typed;
  const { compact: nc, strippedCompact: ns } = name;
  if (!tc || !nc) return 0;
  if (tc === nc) return 1;
  if (ts === ns || tc === ns || ts === nc) return 0.95;
  // A prefix of the whole name ("baic" → "BAIC Off-road"); one Chinese character already says a lot.
  if ((tc.length >= 2 || HAN.test(tc)) && nc.startsWith(tc)) return 0.8 + 0.1 * (tc.length / nc.length);
  const typedWords = typed.words;
  const nameWords = name.words;
  if (typedWords.length > 0 && typedWords.every((t) => nameWords.includes(t))) return 0.75;
  if (tc.length >= 2 && nc.includes(tc)) return 0.7;
  const allowed = allowedTypos(ts.length);
  if (Math.abs(ts.length - ns.length) <= allowed) {
    const typos = editDistance(ts, ns);
    if (typos <= allowed) return 0.7 - 0.05 * typos;
  }
  return 0.5 * wordsMatch(typedWords, nameWords);
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** Best first; closeness decides, the full-text score breaks near-ties, then the name. */
export function rankCandidates(typed: string, candidates: readonly Candidate[], first: number): Ranked[] {
  const top = Math.max(...candidates.map((c) => c.luceneScore), 1e-9);
  const typedForms = nameForms(typed);
  const ranked = candidates.map((c) => {
    let matched = c.name;
    let best = closenessOf(typedForms, nameForms(c.name));
    for (const alias of c.aliases) {
      const score = closenessOf(typedForms, nameForms(alias));
      if (score > best) { best = score; matched = alias; }
    }
    return { id: c.id, matched, score: round(best * 0.9 + 0.1 * (c.luceneScore / top)), name: c.name };
  });
  ranked.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return ranked.slice(0, first).map(({ id, matched, score }) => ({ id, matched, score }));
}
