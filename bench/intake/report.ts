// Prints the intake benchmark's tables: one line per set (and per article), recall and precision
// by relation type, the field accuracies among matches, then what was missed and what was wrong.
import { RELATION_TYPES } from '#vocabulary';
import type { RelationType } from '#vocabulary';
import type { ArticleScore, EntityScore, Tally } from './score';

export interface SetResult {
  set: string;
  score: ArticleScore;
  entities: EntityScore;
  furnitureLeft: string[];
  articles: { name: string; score: ArticleScore; ms: number }[];
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(0)}%`);
const frac = (t: Tally): string => (t.total === 0 ? '—' : `${pct(t.right, t.total)} (${t.right}/${t.total})`);

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatSummary(results: readonly SetResult[]): string {
  return table(
    ['set', 'articles', 'expected', 'found', 'recall', 'same sentence', 'candidates', 'right', 'precision', 'not verbatim'],
    results.map(({ set, score: s, articles }) => [
      set, String(articles.length), String(s.expected), String(s.found), pct(s.found, s.expected), pct(s.foundInSentence, s.expected),
      String(s.candidates), String(s.right), pct(s.right, s.candidates), String(s.notVerbatim.length),
    ]),
  );
}

export function formatFields(results: readonly SetResult[]): string {
  return table(
    ['set', 'status', 'attribution', 'dates', 'existing', 'contradicts', 'new entities', 'their kind', 'furniture left'],
    results.map(({ set, score: s, entities: e, furnitureLeft }) => [
      set, frac(s.fields.status), frac(s.fields.attribution), frac(s.fields.dates), frac(s.fields.existing), frac(s.fields.contradicts),
      e.expected === 0 ? '—' : `${pct(e.found, e.expected)} (${e.found}/${e.expected})`, e.found === 0 ? '—' : pct(e.kindRight, e.found),
      String(furnitureLeft.length),
    ]),
  );
}

export function formatByType(result: SetResult): string {
  const types = (Object.keys(RELATION_TYPES) as RelationType[]).filter((t) => result.score.byType[t]);
  return table(
    ['type', 'expected', 'found', 'recall', 'candidates', 'right', 'precision'],
    types.map((t) => {
      const c = result.score.byType[t]!;
      return [t, String(c.expected), String(c.found), pct(c.found, c.expected), String(c.candidates), String(c.right), pct(c.right, c.candidates)];
    }),
  );
}

export function formatArticles(result: SetResult): string {
  return table(
    ['article', 'expected', 'found', 'candidates', 'right', 'ms'],
    result.articles.map(({ name, score: s, ms }) => [name, String(s.expected), String(s.found), String(s.candidates), String(s.right), ms.toFixed(0)]),
  );
}

/** What was missed and what was wrong, capped unless `all`. */
export function formatMistakes(result: SetResult, all: boolean): string {
  const cap = (lines: string[]): string[] => (all || lines.length <= 25 ? lines : [...lines.slice(0, 25), `… ${lines.length - 25} more (--verbose lists all)`]);
  const s = result.score;
  return [
    `missed (${s.misses.length}):`, ...cap(s.misses).map((l) => `  - ${l}`),
    `wrong (${s.wrong.length}):`, ...cap(s.wrong).map((l) => `  - ${l}`),
    ...(s.notVerbatim.length ? [`NOT VERBATIM (${s.notVerbatim.length}):`, ...s.notVerbatim.map((l) => `  - ${l}`)] : []),
    ...(result.furnitureLeft.length ? [`furniture left in the text (${result.furnitureLeft.length}):`, ...result.furnitureLeft.map((l) => `  - ${l}`)] : []),
    ...(result.entities.missing.length ? [`new entities not proposed (${result.entities.missing.length}): ${result.entities.missing.join('; ')}`] : []),
  ].join('\n');
}

export function formatTiming(t: { words: number; sentences: number; runs: number[]; stages: Record<string, number>; parts: string[] }): string {
  const median = [...t.runs].sort((a, b) => a - b)[Math.floor(t.runs.length / 2)] ?? Number.NaN;
  return [
    `${t.words} words, ${t.sentences} sentences (${t.parts.length} articles joined: ${t.parts.join(', ')})`,
    `extract: median ${median.toFixed(0)} ms of ${t.runs.length} runs (${t.runs.map((r) => r.toFixed(0)).join(', ')} ms)`,
    table(['stage', 'median ms'], Object.entries(t.stages).map(([stage, ms]) => [stage, ms.toFixed(1)])),
  ].join('\n');
}
