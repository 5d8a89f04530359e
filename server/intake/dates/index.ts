// Stage 2b of intake (docs/intake.md): the dates one sentence gives, each with its value (a partial
// ISO date), its basis and its role. chrono-node reads most forms (chrono.ts); periods.ts reads the
// ones it does not. A date counted from the publication date needs `publishedOn`: without it there
// is none. Offsets are into the clean text, like the sentence's own.
import type { DateMention, Sentence } from '../types';
import type { DateCandidate } from './calendar';
import { agreement, publication } from './calendar';
import { chronoDates } from './chrono';
import { periodDates } from './periods';
import { boundOf, rolesOf } from './roles';

/** Overlapping readings of the same words: the longest wins, chrono's on a tie. */
function longestFirst(candidates: readonly DateCandidate[]): DateCandidate[] {
  const kept: DateCandidate[] = [];
  const byLength = candidates.map((c, order) => ({ c, order })).sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order);
  for (const { c } of byLength) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

interface Resolved { candidate: DateCandidate; value: string; note?: string }

function resolve(candidate: DateCandidate, publishedOn: string | undefined): Resolved | null {
  if (candidate.value !== undefined) return candidate.note ? { candidate, value: candidate.value, note: candidate.note } : { candidate, value: candidate.value };
  const published = publication(publishedOn);
  if (!candidate.resolve || !published) return null;
  const first = candidate.resolve(published.earliest);
  const last = candidate.resolve(published.latest);
  const value = first !== null && last !== null ? agreement(first, last) : null;
  if (value === null) return null;
  return { candidate, value, note: `'${candidate.text}' ${candidate.relativeNote ?? 'counted from the publication date'} ${published.label}` };
}

export function findDates(sentence: Sentence, publishedOn?: string): DateMention[] {
  const candidates = longestFirst([...chronoDates(sentence.text, sentence.lang), ...periodDates(sentence.text, sentence.lang)]);
  const resolved = candidates.map((c) => resolve(c, publishedOn)).filter((r): r is Resolved => r !== null);
  const placed = resolved.map(({ candidate }) => candidate);
  const roles = rolesOf(sentence.text, placed);
  return resolved.map(({ candidate, value, note }, i) => {
    const bound = boundOf(sentence.text, candidate);
    const boundNote = bound ? `'${bound.words}' gives only a bound: no ${bound.basis === 'NOT_AFTER' ? 'later' : 'earlier'} than ${value}` : undefined;
    const notes = [note, boundNote].filter((n) => n !== undefined);
    const mention: DateMention = {
      start: sentence.start + candidate.start,
      end: sentence.start + candidate.end,
      value,
      basis: bound?.basis ?? (note ? 'INFERRED' : 'STATED'),
      role: roles[i] ?? 'on',
    };
    if (notes.length > 0) mention.note = notes.join('; ');
    return mention;
  });
}
