// A claim's dates from the dates stage's mentions, by their role: "since 2018" starts the link,
// "until 2023" ends it, a date beside "said"/"reported" is when it was said (reportedOn), any
// other date is when it happened (validFrom). An end with no date is bounded by the article's day.
import type { DateBasis, Status } from '#vocabulary';
import type { DateMention, Span } from '../types';
import type { CueHit } from './match';

export interface ClaimDates {
  validFrom?: string;
  validFromBasis?: DateBasis;
  validTo?: string;
  validToBasis?: DateBasis;
  datesNote?: string;
  reportedOn?: string;
  reasons: string[];
}

const gapBetween = (a: Span, b: Span) => Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));
const REPORT_REACH = 25;

export function datesFor(
  dates: readonly DateMention[], relation: CueHit, signals: readonly CueHit[], status: Status, publishedOn?: string,
): ClaimDates {
  const out: ClaimDates = { reasons: [] };
  const notes: string[] = [];
  // "said on Monday", "reported yesterday": a verb of saying, not "according to".
  const reporting = signals.filter((h) => h.family === 'speech' || (h.family === 'outlet' && !/^(according|as cited)/.test(h.phrase)));
  const noteOf = (d: DateMention) => {
    if (d.basis !== 'STATED') notes.push(d.note ?? `'${d.value}' is ${d.basis.toLowerCase().replace('_', ' ')} from the words '${d.value}'.`);
  };
  for (const d of [...dates].sort((a, b) => gapBetween(a, relation) - gapBetween(b, relation))) {
    const toReport = Math.min(...reporting.map((h) => gapBetween(d, h)));
    if (d.role === 'on' && toReport <= REPORT_REACH && toReport < gapBetween(d, relation)) {
      if (!out.reportedOn) { out.reportedOn = d.value; out.reasons.push(`'${d.value}' → reportedOn`); }
      continue;
    }
    const ends = d.role === 'to' || (d.role === 'on' && status === 'ENDED') || Boolean(relation.cue?.marksEnd);
    if (ends && !out.validTo) {
      out.validTo = d.value;
      out.validToBasis = d.basis;
      noteOf(d);
      out.reasons.push(`'${d.value}' → validTo`);
    } else if (!ends && !out.validFrom) {
      out.validFrom = d.value;
      out.validFromBasis = d.basis;
      noteOf(d);
      out.reasons.push(`'${d.value}' → validFrom`);
    }
  }
  if (status === 'ENDED' && !out.validTo && publishedOn) {
    out.validTo = publishedOn;
    out.validToBasis = 'NOT_AFTER';
    notes.push(`The sentence says it ended but not when: by the article's date, ${publishedOn}, at the latest.`);
  }
  if (notes.length) out.datesNote = notes.join(' ');
  return out;
}
