// Partial ISO dates ("2018", "2018-12", "2018-12-07") as the articles give them.
// A span is inclusive: validFrom "2018" starts on 2018-01-01, validTo "2023-12" ends on 2023-12-31.

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate { year: number; month?: number; day?: number; precision: Precision }

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Parses a partial ISO date; returns null when the text is not one or names an impossible day. */
export function parsePartialDate(text: string): PartialDate | null {
  const m = PARTIAL.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

/** Parses a full ISO date (YYYY-MM-DD) only. */
export function isFullDate(text: string): boolean {
  return parsePartialDate(text)?.precision === 'day';
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The first day a partial date can mean, as YYYY-MM-DD. */
export function startOf(text: string): string | null {
  const d = parsePartialDate(text);
  if (!d) return null;
  return `${d.year}-${pad(d.month ?? 1)}-${pad(d.day ?? 1)}`;
}

/** The last day a partial date can mean, as YYYY-MM-DD. */
export function endOf(text: string): string | null {
  const d = parsePartialDate(text);
  if (!d) return null;
  const month = d.month ?? 12;
  return `${d.year}-${pad(month)}-${pad(d.day ?? daysInMonth(d.year, month))}`;
}
