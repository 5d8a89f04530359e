// Name normalisation shared by the loader (which stores search keys) and the search service
// (which normalises what the user typed the same way), so "NIO Inc.", "nio" and "N-I-O" meet.

const COMPANY_SUFFIXES = [
  'co', 'co ltd', 'ltd', 'limited', 'inc', 'corp', 'corporation', 'company', 'group', 'holdings',
  'motors', 'motor', 'auto', 'automobile', 'automotive', 'technology', 'new energy', 'cars',
];
const CJK_SUFFIXES = ['集团', '汽车', '有限公司', '股份有限公司', '公司'];

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const NOT_ASCII_ALNUM = /[^a-z0-9]+/g;

/** Lower-cases, folds full-width forms and accents, turns punctuation and hyphens into spaces. */
export function foldName(text: string): string {
  // Printable ASCII (most names typed and stored) gives the same result without Unicode work: NFKD
  // leaves it as it is, it has no marks, and its letters and digits are [a-z0-9] once lower-cased.
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(NOT_ASCII_ALNUM, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The name with every space removed: "Xiao Peng" and "Xiaopeng" become one key. */
export function compactName(text: string): string {
  return foldName(text).replace(/\s+/g, '');
}

/** Strips trailing company suffixes ("Motors", "Group", "汽车") once each, never to nothing. */
export function stripSuffixes(text: string): string {
  return stripFoldedSuffixes(foldName(text));
}

/** stripSuffixes of a name already folded by foldName (search folds each name once). */
export function stripFoldedSuffixes(folded: string): string {
  let words = folded;
  let changed = true;
  while (changed) {
    changed = false;
    for (const suffix of COMPANY_SUFFIXES) {
      if (words.endsWith(` ${suffix}`)) {
        words = words.slice(0, -suffix.length - 1).trim();
        changed = true;
      }
    }
    for (const suffix of CJK_SUFFIXES) {
      if (words.endsWith(suffix) && words.length > suffix.length) {
        words = words.slice(0, -suffix.length).trim();
        changed = true;
      }
    }
  }
  return words;
}

/** Every key an entity can be found by: compact forms of each name, with and without suffixes. */
export function searchKeys(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const compact = compactName(name);
    if (compact) keys.add(compact);
    const stripped = stripSuffixes(name).replace(/\s+/g, '');
    if (stripped) keys.add(stripped);
  }
  return [...keys];
}
