// English surfaces: compromise tags the words (proper noun, person, place, pronoun…); runs of
// capitalised words are put together here because compromise's own organisation spans stop at
// "of"/"and" ("Ministry of Science and Technology") and at brackets ("… (Anhui) Co., Ltd").
import { englishDoc } from '../english';
import type { Sentence } from '../types';
import { COREF_NOUNS, DESCRIPTION_HEADS, DESCRIPTION_KINDS, ENGLISH_TITLES, TRAILING_LOWER_HEADS, englishKind, isLeadHead, isTailHead, leadHeadAt } from './kinds';
import { appositionKind } from './apposition';
import { personGuess } from './surface';
import type { Referent, Surface } from './surface';

interface Term { start: number; end: number; word: string; lower: string; pre: string; post: string; tags: Set<string> }
interface TermJson { text: string; pre: string; post: string; tags: string[]; offset: { start: number; length: number } }

/** Trade acronyms that are words, not names: "the OEM for X Motors" names X Motors. */
const TRADE_ACRONYMS = new Set(['OEM', 'OEMs', 'EV', 'EVs', 'SUV', 'SUVs', 'IPO', 'JV', 'CEO', 'CFO', 'CTO', 'R&D', 'NEV', 'NEVs', 'ODM', 'EMS']);
const CONNECTORS = new Set(['of', 'and', '&', 'for', 'de', 'the']);
const GOVERNMENT_LEVELS = new Set(['provincial', 'municipal', 'city', 'county', 'district', 'regional']);
const LEGAL_AFTER_COMMA = new Set(['ltd', 'limited', 'inc', 'llc', 'plc']);
const NOT_NAMES = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Verb', 'QuestionWord', 'Date', 'Month', 'WeekDay', 'Value'];
const PROPER_TAGS = ['ProperNoun', 'Acronym', 'Organization', 'Person', 'Place'];
const EXPLETIVE_NEXT = new Set(['that', 'to', 'whether', 'if', 'how', 'why', 'when', 'who', 'what']);
const has = (t: Term, names: readonly string[]): boolean => names.some((n) => t.tags.has(n));
const capitalised = (word: string): boolean => /^[\p{Lu}\p{N}]/u.test(word);

/** compromise's terms with offsets into the whole text; possessive "'s" cut off, empty terms dropped. */
function termsOf(sentence: Sentence): Term[] {
  const out: Term[] = [];
  for (const s of englishDoc(sentence.text).json({ offset: true }) as { terms: TermJson[] }[]) {
    for (const t of s.terms) {
      if (t.offset.length === 0) continue;
      let start = sentence.start + t.offset.start;
      let word = sentence.text.slice(t.offset.start, t.offset.start + t.offset.length);
      if (word !== t.text) { const at = sentence.text.indexOf(t.text, Math.max(0, t.offset.start - 2)); if (at < 0) continue; start = sentence.start + at; word = t.text; }
      let post = t.post;
      const possessive = /['‘’]s$/u.exec(word);
      if (possessive) { word = word.slice(0, -2); post = `'s${post}`; }
      out.push({ start, end: start + word.length, word, lower: word.toLowerCase(), pre: t.pre, post, tags: new Set(t.tags) });
    }
  }
  return out;
}

/** Words that never open a name, even capitalised at the start of a sentence. */
const FUNCTION_WORDS = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord', 'Date', 'Month', 'WeekDay', 'Value'];

/**
 * May this term be a word of a name? A sentence-initial word compromise does not call proper may
 * still be a known name ("Tessaly bought …": an -ly name reads as an adverb), so it is kept unless
 * it is a function word; `guessed` then keeps it from making a new name (see englishSurfaces).
 */
function nameWord(t: Term, first: boolean): boolean {
  if (!capitalised(t.word) || has(t, ['Pronoun', 'Date', 'Month', 'WeekDay'])) return false;
  return !first || has(t, PROPER_TAGS) || !has(t, FUNCTION_WORDS);
}

/** A sentence-initial word compromise reads as a verb, adverb…: it may be a known name, never a new one's first word. */
const guessedFirst = (t: Term, sentenceStart: number): boolean => (t.start === sentenceStart && !has(t, PROPER_TAGS) && has(t, NOT_NAMES))
  || (t.tags.has('Adjective') && !t.tags.has('ProperNoun'));
/** A run that already ends in a company word ("… Group", "… Motor"). */
const companyHeaded = (run: readonly Term[]): boolean => {
  const kind = englishKind(run.map((t) => t.word), false, false)?.kind;
  return kind !== undefined && kind !== 'AGENCY' && kind !== 'INDUSTRY_ASSOCIATION' && kind !== 'UNIVERSITY' && kind !== 'RESEARCH_INSTITUTE';
};

/** Splits the sentence's terms into runs of capitalised words, with connectors and bracketed parts inside. */
function runsOf(terms: readonly Term[], sentenceStart: number): { terms: Term[]; short?: Term }[] {
  const runs: { terms: Term[]; short?: Term }[] = [];
  let run: Term[] = [];
  const close = (short?: Term): void => {
    while (run.length && CONNECTORS.has(run.at(-1)?.lower ?? '')) run.pop();
    // A title or demonym before a name is not part of it ("Chairman Li", "Chinese carmaker X"), unless the
    // words make an organisation's name ("General Office of Standards"); an adjective stays, for the
    // gazetteer only ("Northwind Motor"), see `guessedFirst`.
    const organisation = (words: readonly Term[]): boolean => words.some((w) => isLeadHead(w.word) || isTailHead(w.word)) && words.some((w) => w.lower === 'of' || isTailHead(w.word));
    while (run.length && (ENGLISH_TITLES.has(run[0]?.lower ?? '') || run[0]?.tags.has('Demonym')) && !organisation(run)) run.shift();
    if (run.length) runs.push(short ? { terms: run, short } : { terms: run });
    run = [];
  };
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as Term;
    const next = terms[i + 1];
    const inBrackets = t.pre.includes('(') && t.post.includes(')');
    if (inBrackets && run.length) {
      if (next && capitalised(next.word) && !/[,;:.]/.test(t.post.replace(')', ''))) { run.push(t); continue; }
      // "owned by A (60%) and B (40%)": a bracketed figure is a share, not A's short form.
      close(/^[\d.,]+%?$/.test(t.word) || t.tags.has('Percent') || t.tags.has('Value') ? undefined : t);
      continue;
    }
    // A figure never opens a name: "holds 10% of X Auto" names X Auto.
    // "State-owned" inside a name ("Anhui State-owned Assets … Commission"); "Jiangsu provincial government".
    const prev = terms[i - 1];
    if (run.length && prev && prev.post === '-' && /^\p{Ll}/u.test(t.word)) { run.push(t); if (/[,;:!?"”]|\.\s|\.$/.test(t.post)) close(); continue; }
    if (run.length && GOVERNMENT_LEVELS.has(t.lower) && next?.lower === 'government' && !t.post.includes(',')) { run.push(t, next); i++; close(); continue; }
    const figure = run.length === 0 && (/^[\d.,]+%?$/.test(t.word) || t.tags.has('Percent') || t.tags.has('Money') || TRADE_ACRONYMS.has(t.word));
    if (!figure && nameWord(t, i === 0) && !(ENGLISH_TITLES.has(t.lower) && run.length)) {
      if (t.pre.trim() && run.length) close();
      run.push(t);
    } else if (t.lower === 'for' && run.length && (companyHeaded(run) || !run.some((w) => isLeadHead(w.word) || isTailHead(w.word)))) {
      close(); // "Kestrel Group for Urban Mobility" and "the Pike P7 for Pike Mobility" are two names; "Ministry for …" one.
      continue;
    } else if (run.length && CONNECTORS.has(t.lower) && next && capitalised(next.word) && !t.post.trim() && !t.pre.trim() && !(run.length === 1 && run[0]?.start === sentenceStart && !has(run[0], PROPER_TAGS))) {
      // (A sentence-initial common word, "Shares of …", never joins a name across a connector.)
      run.push(t);
      continue;
    } else if (run.length && TRAILING_LOWER_HEADS.has(t.lower)) {
      run.push(t); close(); continue;
    } else {
      close();
      if (ENGLISH_TITLES.has(t.lower) && nameWord(t, i === 0)) run = [t];
      continue;
    }
    // A spaced dash ends a name: a dateline ("HANGZHOU — X Motors") or an aside.
    const endsHere = /[,;:!?"”]|\.\s|\.$|\s[—–-]\s/.test(t.post) || t.post.startsWith("'s");
    const commaLegal = /^\.?,$/.test(t.post.trim()) && next && LEGAL_AFTER_COMMA.has(next.lower.replace(/\.$/, ''));
    if (endsHere && !commaLegal) close();
  }
  close();
  return runs;
}

/** "Tianshu Xin, chief executive of …": a title right after the comma says the name before it is a person's. */
const titleAfter = (run: readonly Term[], after: Term | undefined): boolean => !!after && /^,\s*$/.test(run.at(-1)?.post ?? '') && ENGLISH_TITLES.has(after.lower);

const isPersonish = (run: readonly Term[], before: Term | undefined, after?: Term): boolean =>
  run.length >= 2 && run.length <= 3 && run.every((t) => !t.tags.has('Organization')) &&
  (run.some((t) => has(t, ['Person', 'FirstName', 'LastName', 'Honorific'])) || (!!before && ENGLISH_TITLES.has(before.lower)) || titleAfter(run, after));

/** Every span that may name an entity in an English sentence: each run and its sub-runs. */
export function englishSurfaces(text: string, sentence: Sentence): { surfaces: Surface[]; referents: Referent[] } {
  const terms = termsOf(sentence);
  const surfaces: Surface[] = [];
  for (const { terms: run, short } of runsOf(terms, sentence.start)) {
    const firstIndex = terms.indexOf(run[0] as Term);
    const before = terms[firstIndex - 1];
    for (let i = 0; i < run.length; i++) {
      for (let j = run.length; j > i; j--) {
        const part = run.slice(i, j);
        const head = part[0] as Term;
        const last = part.at(-1) as Term;
        if (CONNECTORS.has(head.lower) || CONNECTORS.has(last.lower) || (head.pre.includes('(') && i > 0)) continue;
        // "Chery and Geometry" is two names, and so is "X Association and Y University"; "Ministry of
        // Science and Technology" and "Energy Saving and Emission Commission" are one.
        const and = part.findIndex((t, k) => k > 0 && (t.lower === 'and' || t.lower === '&'));
        const leadOf = leadHeadAt(part.map((t) => t.lower)) >= 0;
        const joined = and > 0 && !leadOf && (part[and + 1]?.lower === 'the' || englishKind(part.slice(0, and).map((t) => t.word), false, false) !== null);
        const whole = i === 0 && j === run.length;
        const start = head.start;
        const end = last.end;
        const words = part.map((t) => t.word);
        const parenthesised = part.some((t, k) => k > 0 && t.pre.includes('('));
        let kind = guessedFirst(head, sentence.start) ? null : englishKind(words, head.tags.has('Place'), parenthesised);
        if (joined || (and > 0 && !leadOf && kind?.kind !== 'AGENCY' && kind?.kind !== 'INDUSTRY_ASSOCIATION')) kind = null;
        if (!kind && whole && isPersonish(part, before, terms[firstIndex + run.length])) kind = personGuess(before && ENGLISH_TITLES.has(before.lower) ? `a name after '${before.word}' → PERSON` : 'compromise tags a person\'s name → PERSON');
        if (!kind && whole && part.length >= 2 && part.every((t) => t.tags.has('Organization'))) kind = { kind: 'AUTOMAKER', why: 'compromise tags an organisation → AUTOMAKER', score: 0.45 };
        if (!kind && whole && !guessedFirst(head, sentence.start)) kind = appositionKind(text, start, end);
        const proper = part.every((t, k) => has(t, PROPER_TAGS) || t.start !== sentence.start || k > 0);
        const surface: Surface = { sentence: sentence.index, start, end, text: text.slice(start, end), lookups: [text.slice(start, end)], pinyin: [], proper, kind };
        if (short && j === run.length) surface.short = { start: short.start, end: short.end, text: short.word };
        surfaces.push(surface);
      }
    }
    if (short) surfaces.push({ sentence: sentence.index, start: short.start, end: short.end, text: short.word, lookups: [short.word], pinyin: [], proper: true, kind: null });
  }
  surfaces.push(...plantsIn(text, sentence, terms), ...agencyDescriptors(text, sentence, terms), ...describedPlants(text, sentence, terms));
  return { surfaces, referents: englishReferents(sentence, terms) };
}

/** Heads of the lower-case names English news gives agencies ("the roads regulator", "the trade ministry"). */
const AGENCY_DESCRIPTOR_HEADS = new Set(['ministry', 'planner', 'regulator', 'commission', 'administration', 'watchdog']);

/**
 * "must obtain permits from the roads regulator and the trade ministry": two lower-case words an
 * agency may have as its alias. Looked up like a name but never proposed as a new one (no kind):
 * only a known alias, written exactly, makes it a mention.
 */
function agencyDescriptors(text: string, sentence: Sentence, terms: readonly Term[]): Surface[] {
  const out: Surface[] = [];
  for (let i = 0; i + 1 < terms.length; i++) {
    const [a, b] = [terms[i] as Term, terms[i + 1] as Term];
    if (!AGENCY_DESCRIPTOR_HEADS.has(b.lower) || capitalised(a.word) || capitalised(b.word) || a.post.trim() || has(a, FUNCTION_WORDS)) continue;
    const said = text.slice(a.start, b.end);
    out.push({ sentence: sentence.index, start: a.start, end: b.end, text: said, lookups: [said], pinyin: [], proper: false, kind: null });
  }
  return out;
}

/**
 * "the two factories responsible for X's EVs": a plant the graph knows by a description. From "the"
 * through a plural plant word and up to five more words, every ending is looked up; only a known
 * alias, written exactly, makes a mention (no kind, so nothing new is proposed).
 */
function describedPlants(text: string, sentence: Sentence, terms: readonly Term[]): Surface[] {
  const out: Surface[] = [];
  for (let i = 0; i + 2 < terms.length; i++) {
    if ((terms[i] as Term).lower !== 'the') continue;
    const head = terms.slice(i + 1, i + 4).findIndex((t) => PLURAL_PLANT_WORDS.has(t.lower) || /[,;:.]/.test(t.post));
    const at = i + 1 + head;
    if (head < 0 || !PLURAL_PLANT_WORDS.has((terms[at] as Term).lower)) continue;
    for (let k = at; k < Math.min(terms.length, at + 6); k++) {
      const said = text.slice((terms[i] as Term).start, (terms[k] as Term).end);
      out.push({ sentence: sentence.index, start: (terms[i] as Term).start, end: (terms[k] as Term).end, text: said, lookups: [said], pinyin: [], proper: false, kind: null });
      if (/[,;:.]/.test((terms[k] as Term).post)) break;
    }
  }
  return out;
}
const PLURAL_PLANT_WORDS = new Set(['plants', 'factories', 'facilities', 'sites']);

const PLANT_WORDS = new Set(['plant', 'factory', 'facility', 'gigafactory']);
const SITE_WORDS = new Set(['site', 'base', 'facilities', 'capacity']);
const MAKING_WORDS = new Set(['production', 'manufacturing', 'assembly']);

/** "a van plant in Liuzhou", "its only plant, in Jiaxing": a plant named by its place, as an editor names it ("Liuzhou plant"). */
function plantsIn(text: string, sentence: Sentence, terms: readonly Term[]): Surface[] {
  const out: Surface[] = [];
  for (let i = 1; i + 2 < terms.length; i++) {
    const t = terms[i] as Term;
    const place = terms[i + 2] as Term;
    // "a production site in Qingdao", "its manufacturing base in X": a plant too, named as a plant.
    const site = SITE_WORDS.has(t.lower) && MAKING_WORDS.has(terms[i - 1]?.lower ?? '');
    // (A capitalised word right before is the plant's own name, "the Hefei Plant in …", unless it is an owner's possessive: "X's factory in Y".)
    const owner = /^'s/.test(terms[i - 1]?.post ?? '');
    if ((!PLANT_WORDS.has(t.lower) && !site) || (capitalised(terms[i - 1]?.word ?? '') && !owner) || terms[i + 1]?.lower !== 'in' || !capitalised(place.word) || has(place, ['Month', 'WeekDay', 'Date'])) continue;
    let last = place;
    for (let k = i + 3; k < terms.length && capitalised((terms[k] as Term).word) && !/[,;:.]/.test(last.post) && !last.post.startsWith("'s"); k++) last = terms[k] as Term;
    const name = `${text.slice(place.start, last.end)} ${site ? 'plant' : t.word}`;
    const start = site ? (terms[i - 1] as Term).start : t.start;
    out.push({ sentence: sentence.index, start, end: last.end, text: text.slice(start, last.end), name, lookups: [name], pinyin: [], proper: false,
      kind: { kind: 'PLANT', why: `'${t.word} in ${text.slice(place.start, last.end)}' → PLANT '${name}'`, score: 0.6 } });
  }
  return out;
}

/** "the company", "the ministry", "it", "its": spans that refer back. */
function englishReferents(sentence: Sentence, terms: readonly Term[]): Referent[] {
  const out: Referent[] = [];
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as Term;
    const next = terms[i + 1];
    if (t.lower === 'the' && next && Object.hasOwn(COREF_NOUNS, next.lower) && !capitalised(next.word)) {
      const after = terms[i + 2];
      if (after && capitalised(after.word) && !t.post.includes(',') && !next.post.trim().length) continue;
      const kind = DESCRIPTION_KINDS[next.lower];
      out.push({ sentence: sentence.index, start: t.start, end: next.end, text: `${t.word} ${next.word}`, target: COREF_NOUNS[next.lower] ?? 'Company', ...(kind ? { kind } : {}) });
      i++;
    } else if (t.lower === 'the' && next) {
      // "the Abu Dhabi-based investor", "the state-owned group": up to three describing words, then a head.
      const ref = described(terms, i);
      if (ref) { out.push({ sentence: sentence.index, ...ref }); i = ref.last; }
    } else if (t.lower === 'it' || t.lower === 'its') {
      // An object "it" ("denied it", "buy it") is usually the report or the deal, not a party.
      const before = terms[i - 1];
      if (t.lower === 'it' && (isExpletive(terms, i) || (before && has(before, ['Verb', 'Preposition']) && !before.tags.has('Modal')))) continue;
      out.push({ sentence: sentence.index, start: t.start, end: t.end, text: t.word, target: 'Subject' });
    }
  }
  return out;
}

/** A longer description after "the" that refers back: its span, target and the kind its words prefer. */
function described(terms: readonly Term[], i: number): (Omit<Referent, 'sentence'> & { last: number }) | undefined {
  const the = terms[i] as Term;
  for (let k = i + 2; k <= Math.min(i + 4, terms.length - 1); k++) {
    const head = terms[k] as Term;
    const mods = terms.slice(i + 1, k);
    // The words between are modifiers: no verb, no punctuation after one of them, the head itself lower-case.
    if (mods.some((m) => /[,;:.]/.test(m.post) || (m.tags.has('Verb') && !/-/.test(m.word)) || m.tags.has('Preposition') || m.tags.has('Determiner'))) return undefined;
    const target = COREF_NOUNS[head.lower] ?? DESCRIPTION_HEADS[head.lower];
    if (!target || capitalised(head.word)) continue;
    const next = terms[k + 1];
    if (next && capitalised(next.word) && !head.post.trim().length) return undefined; // "the state-owned group Zen Group" names it
    const said = [...mods, head].map((m) => `${m.word}${m.post.trim() === '-' ? '-' : ''}`).join(' ').toLowerCase().replace(/- /g, '-');
    const kind = Object.entries(DESCRIPTION_KINDS).find(([w]) => new RegExp(`(^|[\\s-])${w}($|[\\s-])`).test(said))?.[1];
    return { start: the.start, end: head.end, text: [the, ...mods, head].map((m) => m.word).join(' '), target, ...(kind ? { kind } : {}), last: k };
  }
  return undefined;
}

/** "It is said that …", "it was unclear whether …": an "it" that refers to nothing. */
function isExpletive(terms: readonly Term[], i: number): boolean {
  const verb = terms[i + 1];
  if (!verb || !(verb.tags.has('Copula') || ['seems', 'appears', 'remains', 'remained', 'seemed'].includes(verb.lower))) return false;
  for (let k = i + 2; k < Math.min(terms.length, i + 6); k++) {
    const t = terms[k] as Term;
    if (EXPLETIVE_NEXT.has(t.lower)) return true;
    if (!has(t, ['Adjective', 'PastTense', 'Participle', 'Adverb', 'Passive', 'Negative', 'Copula', 'Auxiliary'])) return false;
    if (/[.!?]/.test(t.post) && t.tags.has('Adjective')) return true;
  }
  return false;
}
