// Whether a gazetteer hit really is what the span names. The gazetteer ranks loosely, as search
// does for a person typing; an article's span must be the name, an alias, a pinyin alias, or (for a
// capitalised name) within search's typo allowance of one.
import { compactName, foldName, stripSuffixes } from '#vocabulary/names';
import { allowedTypos, closeness, editDistance } from '../../services/search-rank';
import type { KnownEntity } from '../types';
import type { Surface } from './surface';

export interface Match { entity: KnownEntity; score: number; why: string; typo: boolean }

const HAN = /\p{Script=Han}/u;
/** Words that make another entity when added to a name: "Chery New Energy" is not "Chery". */
const DISTINCT_WORDS = new Set(['group', 'holding', 'holdings', 'new', 'energy', 'industry', 'investment', 'international', 'capital']);
const strippedCompact = (s: string): string => stripSuffixes(s).replace(/\s+/g, '');

function addsDistinctWords(surface: string, name: string): boolean {
  const named = new Set(foldName(name).split(' '));
  return foldName(surface).split(' ').some((w) => !named.has(w) && DISTINCT_WORDS.has(w));
}

/** Heads a parent's name ends with: "X Auto" or "X Components" beside a known "X Group" is its unit, not it. */
const PARENT_HEADS = new Set(['group', 'holding', 'holdings']);
function swapsParentHead(surface: string, entity: KnownEntity): boolean {
  const last = (s: string): string => foldName(s).split(' ').at(-1) ?? '';
  const written = foldName(surface).split(' ');
  if (written.length < 2 || !PARENT_HEADS.has(last(entity.name)) || PARENT_HEADS.has(written.at(-1) ?? '')) return false;
  return ![entity.name, ...entity.aliases].some((n) => foldName(n) === foldName(surface));
}

function matchOne(surface: Surface, lookup: string, entity: KnownEntity): Match | null {
  if (!HAN.test(lookup) && swapsParentHead(lookup, entity)) return null;
  const pinyin = surface.pinyin.includes(lookup);
  let best: Match | null = null;
  for (const name of [entity.name, ...entity.aliases]) {
    const c = closeness(lookup, name);
    let found: Match | null = null;
    // A lone place name is an entity only as its whole name or alias ("广州" is not "广州汽车集团").
    if (c >= 0.95 && (c === 1 || (!surface.place && (pinyin || !addsDistinctWords(lookup, name))))) {
      const how = pinyin ? `read '${lookup}', ${name === entity.name ? 'its name' : 'its alias'} '${name}'` : name === entity.name ? 'its name' : `its alias '${name}'`;
      found = { entity, score: c, why: `'${surface.text}' is ${how}`, typo: false };
    } else if (!pinyin && !surface.place && surface.proper && !HAN.test(lookup) && !HAN.test(name)) {
      const a = strippedCompact(lookup);
      const b = strippedCompact(name);
      const typos = Math.min(editDistance(a, b), editDistance(compactName(lookup), compactName(name)));
      if (a.length >= 5 && typos > 0 && typos <= allowedTypos(a.length) && compactName(lookup)[0] === compactName(name)[0]) {
        found = { entity, score: 0.7 - 0.05 * typos, why: `'${surface.text}' is ${typos} typo${typos > 1 ? 's' : ''} from '${name}'`, typo: true };
      }
    }
    if (found && (!best || found.score > best.score)) best = found;
  }
  return best;
}

/** The best entity this span names, among the gazetteer's hits for its lookups. */
export function bestMatch(surface: Surface, hits: ReadonlyMap<string, readonly { entity: KnownEntity; score: number }[]>): Match | null {
  let best: Match | null = null;
  for (const lookup of surface.lookups) {
    for (const { entity } of hits.get(lookup) ?? []) {
      const m = matchOne(surface, lookup, entity);
      if (m && (!best || m.score > best.score)) best = m;
    }
  }
  return best;
}

/** The short forms a name may be written as later: without its suffixes, its first words, its initials. */
export function shortFormsOf(name: string): string[] {
  const forms = new Set<string>();
  const stripped = strippedCompact(name);
  if (stripped && stripped !== compactName(name)) forms.add(stripped);
  if (HAN.test(name)) return [...forms];
  const words = name.split(/\s+/).filter(Boolean);
  for (let n = 2; n < words.length; n++) forms.add(compactName(words.slice(0, n).join(' ')));
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w) && !/^(Co|Ltd|Inc|Limited)\b/u.test(w));
  if (capitals.length >= 3) forms.add(capitals.map((w) => w[0]).join('').toLowerCase());
  return [...forms].filter((f) => f.length >= 2);
}

/** Kinds whose new names a journalist shortens to their first word ("Albion Capital Partners" → "Albion"). */
const FIRST_WORD_KINDS = new Set(['AUTOMAKER', 'EV_STARTUP', 'TECH_COMPANY', 'SUBSIDIARY', 'STATE_OWNED_GROUP', 'BRAND']);

/**
 * The short forms a name proposed from the article itself is written as later, by its kind: a
 * person by the last word ("Harriet Osei" → "Osei"), a company by its first word ("Pemberton
 * Logistics" → "Pemberton"). A known entity's short forms come from its aliases instead, so this is
 * only for new names; agencies and plants keep their full names ("Hubei" is a province, not its department).
 */
export function newShortForms(name: string, kind: string): string[] {
  if (HAN.test(name)) return [];
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2) return [];
  const word = kind === 'PERSON' ? words.at(-1) : FIRST_WORD_KINDS.has(kind) ? words[0] : undefined;
  return word && /^\p{Lu}\p{Ll}{2,}$/u.test(word) ? [compactName(word)] : [];
}
