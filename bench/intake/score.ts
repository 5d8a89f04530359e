// Scores one article's intake result against what an editor would take from it. Pure: no I/O, no
// extractor, so tests/unit/intake-score.test.ts can check every rule on hand-made candidates.
// A candidate matches an expected link when its type and both ends are equal (IN_TALKS_WITH either
// way): a known end by entity id, a new end by folded name against the names an editor accepts.
import { foldName } from '#vocabulary/names';
import type { AttributionKind, DateBasis, RelationType, Status } from '#vocabulary';
import type { ClaimCandidate, ClaimEnd, EntityCandidate } from '../../server/intake/types';

/** An end as the expectation gives it: a graph id, or the folded names a new entity may go by. */
export type EndRef = { id: string } | { names: string[] };

export interface ExpectedLink {
  from: EndRef;
  to: EndRef;
  type: RelationType;
  status: Status;
  attribution: AttributionKind;
  validFrom?: { value: string; basis: DateBasis };
  validTo?: { value: string; basis: DateBasis };
  existing: string | null;
  contradicts: string | null;
  /** A fragment of the sentence that states it (compared with runs of white space folded). */
  quoteIncludes: string;
  /** For the table of misses. */
  label: string;
}

/** A link that is right to propose although no expectation lists its sentence (seed: another quote's link). */
export interface AcceptableLink { from: EndRef; to: EndRef; type: RelationType }

export interface Tally { right: number; total: number }
export interface TypeCounts { expected: number; found: number; candidates: number; right: number }

export interface ArticleScore {
  expected: number;
  /** Expected links some candidate proposes with the right ends and type. */
  found: number;
  /** …and from the very sentence the expectation names. */
  foundInSentence: number;
  candidates: number;
  /** Candidates whose ends and type match an expected or acceptable link. */
  right: number;
  byType: Partial<Record<RelationType, TypeCounts>>;
  /** Among matched pairs: is the status, attribution kind, each expected date, existing, contradicts right? */
  fields: { status: Tally; attribution: Tally; dates: Tally; existing: Tally; contradicts: Tally };
  /** Candidates whose quote is not exactly text.slice(start, end). */
  notVerbatim: string[];
  misses: string[];
  wrong: string[];
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function endMatches(ref: EndRef, end: ClaimEnd): boolean {
  if ('id' in ref) return end.entityId === ref.id;
  return end.entityId === null && ref.names.includes(foldName(end.name));
}

export function linkMatches(want: { from: EndRef; to: EndRef; type: RelationType }, c: ClaimCandidate): boolean {
  if (want.type !== c.type) return false;
  if (endMatches(want.from, c.from) && endMatches(want.to, c.to)) return true;
  return c.type === 'IN_TALKS_WITH' && endMatches(want.from, c.to) && endMatches(want.to, c.from);
}

export const describeEnd = (ref: EndRef): string => ('id' in ref ? ref.id : `"${ref.names[0] ?? '?'}"`);
const describeCandidate = (c: ClaimCandidate): string => `${c.from.entityId ?? `"${c.from.name}"`} ${c.type} ${c.to.entityId ?? `"${c.to.name}"`} (s${c.sentence})`;

const tally = (): Tally => ({ right: 0, total: 0 });
const count = (t: Tally, ok: boolean): void => {
  t.total += 1;
  if (ok) t.right += 1;
};
const typeCounts = (by: ArticleScore['byType'], type: RelationType): TypeCounts => (by[type] ??= { expected: 0, found: 0, candidates: 0, right: 0 });

export function scoreArticle(input: { text: string; expected: readonly ExpectedLink[]; acceptable?: readonly AcceptableLink[]; candidates: readonly ClaimCandidate[] }): ArticleScore {
  const { text, expected, candidates } = input;
  const acceptable = input.acceptable ?? [];
  const score: ArticleScore = {
    expected: expected.length, found: 0, foundInSentence: 0, candidates: candidates.length, right: 0, byType: {},
    fields: { status: tally(), attribution: tally(), dates: tally(), existing: tally(), contradicts: tally() },
    notVerbatim: [], misses: [], wrong: [],
  };
  for (const want of expected) {
    const counts = typeCounts(score.byType, want.type);
    counts.expected += 1;
    const matches = candidates.filter((c) => linkMatches(want, c));
    if (matches.length === 0) {
      score.misses.push(want.label);
      continue;
    }
    score.found += 1;
    counts.found += 1;
    const fragment = squash(want.quoteIncludes);
    const same = matches.find((c) => squash(c.quote).includes(fragment));
    if (same) score.foundInSentence += 1;
    // Fields are judged on the candidate from the expectation's own sentence when there is one.
    const c = same ?? matches[0]!;
    count(score.fields.status, c.status === want.status);
    count(score.fields.attribution, c.attribution.kind === want.attribution);
    if (want.validFrom) count(score.fields.dates, c.validFrom === want.validFrom.value && c.validFromBasis === want.validFrom.basis);
    if (want.validTo) count(score.fields.dates, c.validTo === want.validTo.value && c.validToBasis === want.validTo.basis);
    count(score.fields.existing, c.existing === want.existing);
    count(score.fields.contradicts, c.contradicts === want.contradicts);
  }
  for (const c of candidates) {
    const counts = typeCounts(score.byType, c.type);
    counts.candidates += 1;
    if (expected.some((w) => linkMatches(w, c)) || acceptable.some((w) => linkMatches(w, c))) {
      score.right += 1;
      counts.right += 1;
    } else {
      score.wrong.push(describeCandidate(c));
    }
    if (text.slice(c.start, c.end) !== c.quote) score.notVerbatim.push(describeCandidate(c));
  }
  return score;
}

/** Adds article scores up (the lists are concatenated, so a set's misses can be printed at once). */
export function sumScores(scores: readonly ArticleScore[]): ArticleScore {
  const total: ArticleScore = {
    expected: 0, found: 0, foundInSentence: 0, candidates: 0, right: 0, byType: {},
    fields: { status: tally(), attribution: tally(), dates: tally(), existing: tally(), contradicts: tally() },
    notVerbatim: [], misses: [], wrong: [],
  };
  for (const s of scores) {
    total.expected += s.expected;
    total.found += s.found;
    total.foundInSentence += s.foundInSentence;
    total.candidates += s.candidates;
    total.right += s.right;
    for (const [type, t] of Object.entries(s.byType) as [RelationType, TypeCounts][]) {
      const into = typeCounts(total.byType, type);
      into.expected += t.expected;
      into.found += t.found;
      into.candidates += t.candidates;
      into.right += t.right;
    }
    for (const key of Object.keys(total.fields) as (keyof ArticleScore['fields'])[]) {
      total.fields[key].right += s.fields[key].right;
      total.fields[key].total += s.fields[key].total;
    }
    total.notVerbatim.push(...s.notVerbatim);
    total.misses.push(...s.misses);
    total.wrong.push(...s.wrong);
  }
  return total;
}

export interface EntityScore { expected: number; found: number; kindRight: number; missing: string[] }

/** New entities the article needs: proposed (by any accepted name, not linked to a graph entity) and with the right kind? */
export function scoreNewEntities(expected: readonly { names: string[]; kind: string }[], entities: readonly EntityCandidate[]): EntityScore {
  const score: EntityScore = { expected: expected.length, found: 0, kindRight: 0, missing: [] };
  for (const want of expected) {
    const hit = entities.find((e) => e.entityId === null && (want.names.includes(foldName(e.name)) || e.aliases.some((a) => want.names.includes(foldName(a)))));
    if (!hit) {
      score.missing.push(want.names[0] ?? '?');
      continue;
    }
    score.found += 1;
    if (hit.kind === want.kind) score.kindRight += 1;
  }
  return score;
}

/** Furniture lines still in the cleaned text (compared with white space folded). */
export function furnitureLeft(furniture: readonly string[], cleanText: string): string[] {
  const text = squash(cleanText);
  return furniture.filter((line) => text.includes(squash(line)));
}

/** Median of the numbers (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
