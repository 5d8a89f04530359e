// Finds a quote inside its paragraph, tolerating differences in white space (the loader checks quotes
// modulo runs of white space, so the paragraph may wrap where the quote does not).

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Highlighted {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

export function locateQuote(paragraph: string, quote: string): Highlighted | null {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'u');
  const m = pattern.exec(paragraph);
  if (!m) return null;
  return { before: paragraph.slice(0, m.index), match: m[0], after: paragraph.slice(m.index + m[0].length) };
}

/** Human reading of a partial-date span: "2018 – Dec 2023", "since Dec 2023", "until 2020". */
export function spanText(from: string | null, to: string | null): string {
  if (from && to) return `${from} – ${to}`;
  if (from) return `since ${from}`;
  if (to) return `until ${to}`;
  return 'no dates given';
}
