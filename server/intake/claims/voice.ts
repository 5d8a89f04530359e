// Who says a claim and how sure they are: the attribution, status and stance a sentence's signal
// cues (signals.ts) give the relation cue they govern. docs/data-model.md fixes what each means:
// an outlet or unnamed source never confirms (REPORTED), a hedge makes it RUMOURED, a party's
// denial DENIED with the quote CONTRADICTS, a stated end ENDED.
import nlp from 'compromise';
import type { AttributionKind, Stance, Status } from '#vocabulary';
import type { Mention, Sentence, Span } from '../types';
import type { CueHit } from './match';
import { findAsides } from './parties';
import { ANONYMOUS_WORDS, OUTLET_WORDS } from './signals';

const RUMOUR_TYPES = new Set(['PLANS_TO_ACQUIRE', 'PLANS_TO_SELL']);
const CLAUSE_BREAK = { zh: /[，；]/, en: /,\s+(and|but)\s|;/ };

export interface Attribution { kind: AttributionKind; name?: string; entityKey?: string }

export interface Speaker extends Span { hit: CueHit; words: string; mention?: Mention }

export interface Voice {
  attribution: Attribution;
  status: Status;
  stance: Stance;
  marksEnd: boolean;
  /** An ACQUIRED cue read as a plan or a hedge. */
  planned: boolean;
  /** The signals used, for the `why` line: "'reportedly' → REPORTED". */
  reasons: string[];
}

const BOUNDARY = /[,，;；:："“”「」]/;
const MAX_SPEAKER_WORDS = 9;

function wordsOf(s: string): number { return s.trim() === '' ? 0 : s.trim().split(/\s+/).length; }

/** The words naming who speaks or reports: before the verb ("Bloomberg reported"), else after it ("…," said Wu). */
export function speakerOf(hit: CueHit, sentence: Sentence, mentions: readonly Mention[], after = false): Speaker | undefined {
  const rel = (n: number) => n - sentence.start;
  const text = sentence.text;
  const segmentBefore = (at: number) => {
    let a = at;
    while (a > 0 && !BOUNDARY.test(text[a - 1] ?? '')) a--;
    return a;
  };
  let a = segmentBefore(rel(hit.start));
  let left = text.slice(a, rel(hit.start));
  const that = left.search(/\b(that|which)\b/i);
  if (that >= 0) { a += that + 4; left = text.slice(a, rel(hit.start)); }
  const size = (s: string) => (sentence.lang === 'zh' ? s.trim().length / 2 : wordsOf(s));
  let span: Span | undefined;
  // "Li, chief executive of X, said": the speaker stands before the aside.
  const aside = findAsides(sentence, mentions).find((x) => rel(x.end) === a);
  if (!after && left.trim() === '' && aside) {
    const b = segmentBefore(rel(aside.start));
    if (size(text.slice(b, rel(aside.start))) <= MAX_SPEAKER_WORDS) span = { start: sentence.start + b, end: aside.start };
  } else if (!after && /[\p{L}\p{N}]/u.test(left) && size(left) <= MAX_SPEAKER_WORDS) span = { start: sentence.start + a, end: hit.start };
  else if (after || /["”’」]\s*,?\s*$|,\s*["”’」]\s*$/.test(text.slice(0, rel(hit.start)))) {
    // After the verb only where a quote ends before it ("…," said Wu) or the cue reads forward ("according to").
    let b = rel(hit.end);
    while (b < text.length && !BOUNDARY.test(text[b] ?? '') && !/[.。!?！？]/.test(text[b] ?? '')) b++;
    const right = text.slice(rel(hit.end), b);
    if (/[\p{L}\p{N}]/u.test(right) && size(right) <= MAX_SPEAKER_WORDS) span = { start: hit.end, end: sentence.start + b };
  }
  if (!span) return undefined;
  const s = span;
  const mention = [...mentions].reverse().find((m) => s.start <= m.start && m.end <= s.end);
  return { ...s, hit, words: text.slice(rel(s.start), rel(s.end)).trim(), mention };
}

/** The proper name in a speaker phrase ("a July 29 Bloomberg report" → "Bloomberg"), else the phrase. */
export function nameIn(words: string): string {
  if (/\p{Script=Han}/u.test(words)) return words.replace(/^(据|根据)/, '').trim();
  const proper = nlp(words).match('(#ProperNoun|#Organization|#Acronym)+').not('(#Date|#Month|#WeekDay)').out('array') as string[];
  const name = proper.join(' ').replace(/['‘’]s$/, '').trim();
  return name || words.replace(/^(according to|as cited by)\s+/i, '').trim();
}

const hasWord = (words: string, list: readonly string[]) => {
  const lower = words.toLowerCase();
  return list.some((w) => (/\p{Script=Han}/u.test(w) ? lower.includes(w) : new RegExp(`\\b${w}\\b`).test(lower)));
};

function speakerAttribution(sp: Speaker, ends: readonly string[]): Attribution {
  if (sp.mention && ends.includes(sp.mention.entityKey)) return { kind: 'PARTY', name: sp.mention.text, entityKey: sp.mention.entityKey };
  if (hasWord(sp.words, OUTLET_WORDS)) return { kind: 'OUTLET', name: nameIn(sp.words) };
  if (hasWord(sp.words, ANONYMOUS_WORDS)) return { kind: 'ANONYMOUS', name: sp.words };
  // "the two companies said", "both sides said": the parties themselves, unnamed.
  if (/\b(company|companies|firm|firms|both|two sides|carmaker|automaker|startup|group)\b|双方|公司/.test(sp.words.toLowerCase())) return { kind: 'PARTY', name: sp.words };
  // "a spokesperson said", "an executive told reporters": someone speaking for a party, unnamed.
  if (/\b(spokesperson|spokesman|spokeswoman|representative|executive|executives|chairman|chairwoman|ceo|founder|president|management)\b|发言人|负责人|董事长|总裁|高管/.test(sp.words.toLowerCase())) return { kind: 'PARTY', name: sp.words };
  if (sp.mention) return { kind: 'PARTY', name: sp.mention.text, entityKey: sp.mention.entityKey };
  if (/^\p{Lu}/u.test(sp.words) || /\p{Script=Han}/u.test(sp.words)) return { kind: 'PARTY', name: sp.words };
  return { kind: 'ARTICLE' };
}

/** "people familiar with" → "people familiar with the matter": the words up to the clause's end. */
export function anonymousName(hit: CueHit, sentence: Sentence): string {
  if (sentence.lang === 'zh') return hit.text;
  const rest = sentence.text.slice(hit.end - sentence.start);
  const tail = rest.slice(0, rest.search(/[,，.。;；"“”]|\s(said|says|told|say)\b|$/));
  return wordsOf(tail) <= 5 ? (hit.text + tail).trim() : hit.text;
}

/**
 * Who denies: the speaker of a verb of saying ("X responded that … 不实"), else the words before the
 * denial ("X called the report groundless"), else the sentence's first party ("X, …, on Sunday called
 * a report … 'groundless'").
 */
export function denierOf(denial: CueHit, sentence: Sentence, signals: readonly CueHit[], mentions: readonly Mention[]): Speaker | undefined {
  for (const h of signals) {
    if (h.family !== 'speech') continue;
    const sp = speakerOf(h, sentence, mentions);
    if (sp?.mention) return sp;
  }
  const own = speakerOf(denial, sentence, mentions);
  if (own?.mention) return own;
  const firstParty = mentions.find((m) => m.sentence === sentence.index && m.start < denial.start);
  if (firstParty) return { start: firstParty.start, end: firstParty.end, hit: denial, words: firstParty.text, mention: firstParty };
  return own;
}

export interface VoiceInput {
  relation: CueHit;
  sentence: Sentence;
  signals: readonly CueHit[];
  mentions: readonly Mention[];
  from: Mention;
  to: Mention;
  /** The aside the relation cue stands in, if any: a description there is the article's own voice. */
  aside?: Span;
}

/** The attribution, status and stance the sentence gives one relation cue. */
export function voiceOf(v: VoiceInput): Voice {
  const { relation, sentence, signals } = v;
  const reasons: string[] = [];
  const ends = [v.from.entityKey, v.to.entityKey];
  // A title is always the article's description; another description only in an aside.
  const descriptive = Boolean(relation.cue?.descriptive && (v.aside || relation.cue.type === 'HOLDS_ROLE_AT'));
  const inScope = (h: CueHit) => (descriptive ? v.aside !== undefined && v.aside.start <= h.start && h.end <= v.aside.end : true);
  const within = (h: CueHit) => h.start >= relation.start && h.end <= relation.end;
  const before = (h: CueHit, max = Infinity) => h.end <= relation.start + 1 && relation.start - h.end <= max;
  const near = (h: CueHit, max: number) => before(h, max) || (h.start >= relation.end && h.start - relation.end <= max);
  const first = (family: string, test: (h: CueHit) => boolean = () => true) => signals.find((h) => h.family === family && inScope(h) && test(h));

  let attribution: Attribution = { kind: 'ARTICLE' };
  // Who passes it on: the first-named of an outlet, an unnamed source or a register ("Reuters
  // reported, citing people familiar…" is the outlet's; "a source told local media" the source's).
  const records = descriptive ? [] : signals.filter((h) => h.family === 'record');
  const passers = descriptive ? [] : signals.filter((h) => h.family === 'anonymous' || h.family === 'record'
    || (h.family === 'outlet' && !records.some((r) => r.start < h.end && h.start < r.end)));
  const passer = passers[0];
  const speech = descriptive ? undefined : first('speech');
  if (passer?.family === 'anonymous') attribution = { kind: 'ANONYMOUS', name: anonymousName(passer, sentence) };
  else if (passer?.family === 'outlet') {
    const sp = passer.gap
      ? { words: sentence.text.slice(passer.gap.start - sentence.start, passer.gap.end - sentence.start).replace(/(援引|引述|引用|称).*$/, '') }
      : speakerOf(passer, sentence, v.mentions, /^(according to|as cited by|\{cite\})/.test(passer.phrase));
    attribution = { kind: 'OUTLET', ...(sp?.words ? { name: nameIn(sp.words) } : {}) };
  } else if (passer?.family === 'record') attribution = { kind: 'OFFICIAL_RECORD', name: passer.text };
  else if (speech) {
    const sp = speakerOf(speech, sentence, v.mentions);
    if (sp) attribution = speakerAttribution(sp, ends);
  }
  const signal = passer ?? speech;
  if (signal && attribution.kind !== 'ARTICLE') reasons.push(`'${signal.text}' → ${attribution.kind}`);

  let status: Status = attribution.kind === 'OUTLET' || attribution.kind === 'ANONYMOUS' ? 'REPORTED' : 'CONFIRMED';
  let stance: Stance = 'SUPPORTS';
  let marksEnd = false;
  const reported = descriptive ? undefined : first('reported');
  if (reported && status === 'CONFIRMED') { status = 'REPORTED'; reasons.push(`'${reported.text}' → REPORTED`); }
  // A possessive ("its plant") is taken for granted: what the sentence hedges or denies is something else.
  const presupposed = Boolean(relation.cue?.presupposed);
  const hedge = descriptive || presupposed ? undefined : first('hedge', (h) => before(h) || near(h, 20) || within(h));
  if (hedge) { status = 'RUMOURED'; reasons.push(`'${hedge.text}' → RUMOURED`); }
  const plan = descriptive || presupposed ? undefined : first('plan', (h) => before(h, 30));
  // "没有收购Y的计划", "no plans to buy Y": what is denied is a plan.
  const deniedPlan = descriptive ? undefined : first('denial', (h) => /计划|打算|\bplans?\b|intention/i.test(h.text));
  const planned = Boolean(hedge ?? plan ?? deniedPlan);
  // A plan or talks resting on an unnamed source is a rumour (tests/fixtures/intake/README.md).
  if (attribution.kind === 'ANONYMOUS' && status === 'REPORTED' && (RUMOUR_TYPES.has(relation.cue?.type ?? '') || (relation.cue?.type === 'ACQUIRED' && planned))) {
    status = 'RUMOURED';
    reasons.push('a plan on an unnamed source → RUMOURED');
  }
  const sameClause = (h: CueHit) => !/[,，;；]/.test(sentence.text.slice(Math.min(h.end, relation.end) - sentence.start, Math.max(h.start, relation.start) - sentence.start));
  // A title is the article's description, but one its holder "stepped down" from or held "formerly" has ended.
  const roleEnd = relation.cue?.type === 'HOLDS_ROLE_AT' ? signals.find((h) => h.family === 'end' && ((near(h, 20) && sameClause(h)) || within(h))) : undefined;
  const end = presupposed ? undefined : first('end', (h) => (near(h, 40) && sameClause(h)) || within(h)) ?? roleEnd;
  if (relation.cue?.marksEnd || (end && status !== 'RUMOURED')) { status = 'ENDED'; marksEnd = true; reasons.push(`'${end?.text ?? relation.text}' → ENDED`); }

  const negation = presupposed ? undefined : first('negation', (h) => before(h, sentence.lang === 'zh' ? 3 : 20) || within(h));
  // "X said the report was groundless, and the plant would keep running": a denial in a clause before
  // the relation's own does not reach it.
  const denial = descriptive || presupposed ? undefined : first('denial', (h) => !(h.end <= relation.start && CLAUSE_BREAK[sentence.lang === 'zh' ? 'zh' : 'en'].test(sentence.text.slice(h.end - sentence.start, relation.start - sentence.start))));
  const contra = denial ?? (end ? undefined : negation);
  if (contra) {
    stance = 'CONTRADICTS';
    const denier = denial ? denierOf(denial, sentence, signals, v.mentions) : undefined;
    const by = denier ? speakerAttribution(denier, ends) : attribution;
    if (denier && by.kind !== 'ARTICLE') attribution = by;
    status = by.kind === 'ANONYMOUS' || by.kind === 'OUTLET' ? 'REPORTED' : 'DENIED';
    reasons.push(`'${contra.text}' → ${status === 'DENIED' ? 'DENIED' : 'CONTRADICTS'}`);
  } else if (first('qualify')) {
    stance = 'QUALIFIES';
    reasons.push(`'${first('qualify')?.text ?? ''}' → QUALIFIES`);
  }
  return { attribution, status, stance, marksEnd, planned, reasons };
}
