// Partial ISO dates ("2018", "2018-06", "2018-06-04") and the publication date relative dates are
// counted from. A publication date known only to the month or year is a range of days: a relative
// date keeps only what every day in that range agrees on.

export type Precision = 'year' | 'month' | 'day';

/** One date a sentence gives, before its role and basis are decided (dates/index.ts). */
export interface DateCandidate {
  /** Offsets into the sentence's text. */
  start: number;
  end: number;
  text: string;
  /** Stated outright: the value, and a note when the text gives more or less than it ("mid-2018"). */
  value?: string;
  note?: string;
  /** Counted from the publication date: the value for a given publication day, or null. */
  resolve?: (reference: Date) => string | null;
  /** Why it needs the publication date ("counted from", "the year is taken from"). */
  relativeNote?: string;
  /** A role the words of the date itself give ("the past two years" starts then). */
  role?: 'from' | 'to';
}

/** A sentence about what is still to come: dates without a year count forward in it. */
export const FUTURE = /\b(?:will|shall|is to|are to|set to|due (?:to|in|on|by)|scheduled|expected (?:to|in|on|by)|plans? to|takes? effect|upcoming)\b|将|计划|预计/i;

const pad = (n: number): string => String(n).padStart(2, '0');

export function formatDate(year: number, month: number | undefined, day: number | undefined, precision: Precision): string {
  if (precision === 'year' || month === undefined) return String(year);
  if (precision === 'month' || day === undefined) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export const utcDay = (year: number, month: number, day: number): Date => new Date(Date.UTC(year, month - 1, day, 12));

export const dateValue = (date: Date, precision: Precision): string =>
  formatDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), precision);

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function addMonths(date: Date, months: number): Date {
  return utcDay(date.getUTCFullYear(), date.getUTCMonth() + 1 + months, 1);
}

export interface Publication {
  label: string;
  earliest: Date;
  latest: Date;
}

/** The publication date as the first and last day it may be; null when absent or not a date. */
export function publication(publishedOn: string | undefined): Publication | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(publishedOn?.trim() ?? '');
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if ((month !== undefined && (month < 1 || month > 12)) || (day !== undefined && (day < 1 || day > 31))) return null;
  const label = formatDate(year, month, day, 'day');
  if (month === undefined) return { label, earliest: utcDay(year, 1, 1), latest: utcDay(year, 12, 31) };
  if (day === undefined) return { label, earliest: utcDay(year, month, 1), latest: addDays(utcDay(year, month + 1, 1), -1) };
  return { label, earliest: utcDay(year, month, day), latest: utcDay(year, month, day) };
}

/** What two partial dates agree on ("2018-11-30" and "2018-12-30" → "2018"), or null. */
export function agreement(a: string, b: string): string | null {
  const pa = a.split('-');
  const pb = b.split('-');
  const same: string[] = [];
  for (let i = 0; i < Math.min(pa.length, pb.length) && pa[i] === pb[i]; i += 1) same.push(pa[i] ?? '');
  return same.length > 0 ? same.join('-') : null;
}
