// What the user typed → a Lucene query for the `entity_search` full-text index (cjk analyzer).
// Terms come from foldName, so they hold only letters and digits; escaping stays as a second guard.
import { badInput } from '../errors';
import { compactName, foldName, stripSuffixes } from '#vocabulary/names';

export const MAX_SEARCH_TEXT = 200;
/** Four bytes for each of the 200 characters, the most UTF-8 needs. */
export const MAX_SEARCH_BYTES = 4 * MAX_SEARCH_TEXT;
const MAX_TERMS = 8;
const HAN = /\p{Script=Han}/u;

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
export const escapeLucene = (term: string): string => term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);

/** The compact forms an entity's searchKeys would hold for this text. */
export function typedKeys(text: string): string[] {
  const keys = new Set([compactName(text), stripSuffixes(text).replace(/\s+/g, '')]);
  keys.delete('');
  return [...keys];
}

function termClauses(term: string, last: boolean): string[] {
  const t = escapeLucene(term);
  if (HAN.test(term)) {
    // The cjk analyzer indexes character pairs; a lone character only matches as a prefix.
    return [...new Set(term.length === 1 ? [`${t}*`] : [`"${t}"^3`, ...(last ? [`${t}*`] : [])])];
  }
  const clauses = [`${t}^2`];
  if (term.length >= 4) clauses.push(`${t}~1`);
  if (last && term.length >= 2) clauses.push(`${t}*`);
  return clauses;
}

/** Builds the query; BAD_USER_INPUT when the text is blank, too long, or has no letter or digit. */
export function buildSearchQuery(text: string): string {
  if (text.trim() === '') throw badInput('text', '"text" must not be blank');
  // Measured after NFKD, the decomposition search's folding applies: one U+FDFA becomes 18
  // characters, so 200 of them would pass a check on the raw text and search for 3,600. The byte
  // cap comes first so that a huge string is refused before it is normalised at all.
  if (Buffer.byteLength(text, 'utf8') > MAX_SEARCH_BYTES) throw badInput('text', `"text" may be at most ${MAX_SEARCH_BYTES} bytes long`);
  const length = text.normalize('NFKD').length;
  if (length > MAX_SEARCH_TEXT) throw badInput('text', `"text" may be 1 to ${MAX_SEARCH_TEXT} characters long (got ${length})`);
  const terms = foldName(text).split(' ').filter(Boolean).slice(0, MAX_TERMS);
  if (terms.length === 0) throw badInput('text', '"text" must contain at least one letter or digit');
  const clauses: string[] = [];
  for (const key of typedKeys(text)) {
    // Exact compact keys ("xiaopeng" for "Xiao-Peng Motors") score highest; a typo in a long one still counts.
    clauses.push(`searchKeys:"${escapeLucene(key)}"^8`);
    if (!HAN.test(key) && key.length >= 5) clauses.push(`searchKeys:${escapeLucene(key)}~1^2`);
  }
  terms.forEach((term, i) => clauses.push(...termClauses(term, i === terms.length - 1)));
  return [...new Set(clauses)].join(' OR ');
}
