// How the page words a claim: who asserts a quote, how the quote bears on the link, and how each
// date is known. The side panel, the tracer and the brief all say it with these functions, so a
// reader sees the same words on the page and in a pasted brief.
import { parsePartialDate } from '#vocabulary/dates';
import type { AttributionKind, DateBasis, Stance } from '#vocabulary';

export interface AttributionLike {
  readonly kind: AttributionKind;
  readonly name?: string | null;
  readonly entity?: { readonly name: string } | null;
}

/** Who asserts a quote, as the article tells it: "per Bloomberg", "NIO said", "the article". */
export function attributionText(a: AttributionLike): string {
  const name = a.name?.trim() || null;
  const speaker = a.entity?.name ?? null;
  switch (a.kind) {
    case 'ARTICLE':
      return 'the article';
    case 'OUTLET':
      return `per ${name ?? 'another outlet'}`;
    case 'PARTY':
      if (speaker) return name ? `${speaker} said (${name})` : `${speaker} said`;
      return name ? `per ${name}` : 'a party said';
    case 'OFFICIAL_RECORD':
      return `official record: ${name ?? speaker ?? 'a register the article cites'}`;
    case 'ANONYMOUS':
      // The speaker's wording says whose circle the source is from; it never names them.
      return name ? `per ${name} (unnamed source)` : 'per an unnamed source';
  }
}

export interface StanceWords {
  /** The chip on the quote. */
  readonly label: string;
  /** What the quote does to the link, in a phrase. */
  readonly gloss: string;
}

export const STANCE_WORDS: Readonly<Record<Stance, StanceWords>> = {
  SUPPORTS: { label: 'Supports', gloss: 'supports the link' },
  CONTRADICTS: { label: 'Contradicts', gloss: 'denies it' },
  QUALIFIES: { label: 'Qualifies', gloss: 'hedges, does not confirm' },
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A partial ISO date as a reader says it, to its own precision: "2018", "Dec 2023", "4 Dec 2023". */
export function dateLabel(text: string): string {
  const d = parsePartialDate(text);
  if (!d) return text;
  const month = d.month === undefined ? null : MONTHS[d.month - 1];
  if (!month) return String(d.year);
  return d.day === undefined ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
}

export interface Bound {
  /** The date with its bound: "from 2018", "not before 2016", "by 4 Dec 2023 at the latest". */
  readonly phrase: string;
  /** "stated" or "inferred" when that is how the date is known; a bound says so in its phrase. */
  readonly basis: 'stated' | 'inferred' | null;
}

/** One end of a link's validity, worded by its basis. A date with no basis (older data) is only a date. */
export function boundOf(end: 'from' | 'to', date: string, basis: DateBasis | null | undefined): Bound {
  const d = dateLabel(date);
  const word = basis === 'STATED' ? 'stated' : basis === 'INFERRED' ? 'inferred' : null;
  if (end === 'from') {
    if (basis === 'NOT_BEFORE') return { phrase: `not before ${d}`, basis: null };
    if (basis === 'NOT_AFTER') return { phrase: `by ${d} at the latest`, basis: null };
    return { phrase: `from ${d}`, basis: word };
  }
  if (basis === 'NOT_BEFORE') return { phrase: `until at least ${d}`, basis: null };
  if (basis === 'NOT_AFTER') return { phrase: `ended by ${d} at the latest`, basis: null };
  return { phrase: `until ${d}`, basis: word };
}

export interface DatedLink {
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly validFromBasis?: DateBasis | null;
  readonly validToBasis?: DateBasis | null;
}

/** The bounds of a link, in order; empty when the sources give no dates. */
export function boundsOf(rel: DatedLink): Bound[] {
  const out: Bound[] = [];
  if (rel.validFrom) out.push(boundOf('from', rel.validFrom, rel.validFromBasis));
  if (rel.validTo) out.push(boundOf('to', rel.validTo, rel.validToBasis));
  return out;
}

/** The bounds as the side panel writes them: "from 2018 (stated), no end stated". */
export function datesText(rel: DatedLink): string {
  const bounds = boundsOf(rel);
  if (bounds.length === 0) return 'no dates given';
  const words = bounds.map((b) => (b.basis ? `${b.phrase} (${b.basis})` : b.phrase));
  if (!rel.validTo) words.push('no end stated');
  return words.join(', ');
}

/** The bounds as a brief writes them, inside its own parentheses: "from 4 Dec 2023, date inferred". */
export function datesBriefText(rel: DatedLink): string | null {
  const bounds = boundsOf(rel);
  if (bounds.length === 0) return null;
  return bounds.map((b) => (b.basis ? `${b.phrase}, date ${b.basis}` : b.phrase)).join('; ');
}

export interface DatedSource {
  readonly publishedOn: string | null;
  readonly publishedOnBasis?: DateBasis | null;
}

/** A publication date with how it is known: "4 Dec 2023 (date inferred)", "7 Oct 2025 or earlier". */
export function publishedText(s: DatedSource): string {
  if (!s.publishedOn) return 'date not known';
  const d = dateLabel(s.publishedOn);
  switch (s.publishedOnBasis) {
    case 'INFERRED':
      return `${d} (date inferred)`;
    case 'NOT_BEFORE':
      return `${d} or later`;
    case 'NOT_AFTER':
      return `${d} or earlier`;
    default:
      return d;
  }
}

/** What an as-of view says of a report no later source has confirmed. */
export const agedText = (lastReportedOn: string): string => `reported on ${dateLabel(lastReportedOn)}, not confirmed since`;
