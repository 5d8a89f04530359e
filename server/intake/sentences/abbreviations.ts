// Where ICU's sentence rules (Intl.Segmenter) break too eagerly: after a title or an abbreviation
// that never ends a sentence when a name or number follows it ("Mr. Li", "Dr. Wang", "ca. 1990",
// "Acme Co. Ltd.", "J. Smith"). ICU keeps "U.S. market", "No. 2", "3.5" and "Co., Ltd." together
// on its own; this list covers only what it splits.

/** Titles: never the last word of a sentence when a name follows ("Mr. Li", "Dr. Wang"). */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mmes', 'dr', 'prof', 'st', 'mt', 'ft', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt',
  'adm', 'rev', 'hon', 'pres', 'supt',
]);
/** Never final at all: they always introduce what follows. */
const INTRODUCERS = new Set(['vs', 'e.g', 'i.e', 'cf', 'incl', 'esp']);
/** Not final when a number follows ("No. 2", "ca. 1990", "Vol. 3"); "the answer was no." still ends. */
const BEFORE_NUMBER = new Set(['no', 'nos', 'vol', 'fig', 'art', 'sec', 'ch', 'pp', 'ca', 'approx']);
/** Month abbreviations: not final when a day or year follows ("Dec. 7", "Sept. 2018"). */
const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** Legal-form words that follow "Co." in one company name ("Acme Co. Ltd."). */
const AFTER_CO = /^(?:Ltd|Limited|LLC|Inc|KG|AG|GmbH|Pte|Pty|Corp)\b/;

/** Whether ICU's break between `before` (the piece so far, trailing space trimmed) and `after` is wrong. */
export function joinsNext(before: string, after: string): boolean {
  const last = /(?:^|[\s(“"'‘])([A-Za-z][A-Za-z.]*)\.$/.exec(before)?.[1];
  if (last === undefined) return false;
  const word = last.toLowerCase();
  if (INTRODUCERS.has(word)) return true;
  if (TITLES.has(word)) return /^[A-Z]/.test(after);
  if (BEFORE_NUMBER.has(word) || MONTHS.has(word)) return /^\d/.test(after);
  if (word === 'co') return AFTER_CO.test(after);
  // An initial ("J. Smith"), not the end of an acronym ("the U.S."): one capital alone.
  return /^[A-Z]$/.test(last) && /^[A-Z]/.test(after);
}
