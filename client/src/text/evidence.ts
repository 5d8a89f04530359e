// How quotes are put before a reader: quotes from one paragraph of one article are one card with
// each sentence marked; a paragraph (or a whole article) is cut into marked and plain runs; and the
// quote a traced step shows is the strongest one for it.
import type { AttributionKind, Stance } from '#vocabulary';
import { locateQuote } from './highlight';

interface QuoteLike {
  readonly quote: string;
  readonly paragraph: string;
  readonly source: { readonly id: string };
}

export interface QuoteGroup<Q extends QuoteLike> {
  readonly source: Q['source'];
  readonly paragraph: string;
  /** The quotes of this paragraph, in the order they were given. */
  readonly quotes: readonly Q[];
}

/** Quotes grouped by source and paragraph, groups in the order of their first quote. */
export function groupByParagraph<Q extends QuoteLike>(quotes: readonly Q[]): QuoteGroup<Q>[] {
  const groups = new Map<string, { source: Q['source']; paragraph: string; quotes: Q[] }>();
  for (const q of quotes) {
    const key = JSON.stringify([q.source.id, q.paragraph]);
    const group = groups.get(key);
    if (group) group.quotes.push(q);
    else groups.set(key, { source: q.source, paragraph: q.paragraph, quotes: [q] });
  }
  return [...groups.values()];
}

export interface Run {
  readonly text: string;
  /** The index (into the quotes given) of the quote this run is part of; null for plain text. */
  readonly quote: number | null;
}

/**
 * A text cut into runs with every quote found in it marked (white space may differ, as the loader
 * allows). A quote overlapping one marked before it is marked only where it does not overlap.
 */
export function markQuotes(text: string, quotes: readonly string[]): Run[] {
  const spans: { start: number; end: number; quote: number }[] = [];
  quotes.forEach((q, i) => {
    const found = locateQuote(text, q);
    if (found) spans.push({ start: found.before.length, end: found.before.length + found.match.length, quote: i });
  });
  spans.sort((a, b) => a.start - b.start || a.quote - b.quote);
  const runs: Run[] = [];
  let at = 0;
  for (const span of spans) {
    const start = Math.max(at, span.start);
    if (start >= span.end) continue;
    if (start > at) runs.push({ text: text.slice(at, start), quote: null });
    runs.push({ text: text.slice(start, span.end), quote: span.quote });
    at = span.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), quote: null });
  return runs;
}

/** Who asserts a quote, most authoritative first: a register, a party, the article, another outlet, an unnamed source. */
export const ATTRIBUTION_STRENGTH: readonly AttributionKind[] = ['OFFICIAL_RECORD', 'PARTY', 'ARTICLE', 'OUTLET', 'ANONYMOUS'];

const STANCE_RANK: Readonly<Record<Stance, number>> = { SUPPORTS: 0, QUALIFIES: 1, CONTRADICTS: 2 };

interface NamedEnd {
  readonly name: string;
  readonly aliases: readonly string[];
}

/** True when the quote names the entity by its name or one of its aliases (case ignored). */
export function names(quote: string, entity: NamedEnd): boolean {
  const text = quote.toLowerCase();
  return [entity.name, ...entity.aliases].some((n) => n.trim().length > 1 && text.includes(n.trim().toLowerCase()));
}

interface Rankable {
  readonly quote: string;
  readonly stance: Stance;
  readonly attribution: { readonly kind: AttributionKind };
}

/**
 * The quote a traced step shows: one that supports the link before one that hedges or denies it,
 * then one that names both ends, then the best attribution; the given order breaks ties.
 */
export function strongestQuote<Q extends Rankable>(quotes: readonly Q[], from: NamedEnd, to: NamedEnd): Q | null {
  const score = (q: Q): number[] => [
    STANCE_RANK[q.stance],
    names(q.quote, from) && names(q.quote, to) ? 0 : 1,
    ATTRIBUTION_STRENGTH.indexOf(q.attribution.kind),
  ];
  const before = (a: number[], b: number[]): boolean => {
    const i = a.findIndex((v, k) => v !== b[k]);
    return i >= 0 && (a[i] ?? 0) < (b[i] ?? 0);
  };
  let best: Q | null = null;
  let bestScore: number[] = [];
  for (const q of quotes) {
    const s = score(q);
    if (best === null || before(s, bestScore)) {
      best = q;
      bestScore = s;
    }
  }
  return best;
}
