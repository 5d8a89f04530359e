// Finds the cue table's phrases in one sentence: English through compromise (one match net for the
// whole table, so every verb form and contraction is handled by the library, not by us), Chinese
// as words on jieba's segment boundaries, with `…` gaps where a party stands.
import nlp from 'compromise';
import { englishDoc } from '../english';
import { chineseSegmenter } from '../segmenter';
import type { Sentence, Span } from '../types';
import { RELATION_CUES, type RelationCue } from './cues';
import { SIGNAL_CUES, type SignalFamily } from './signals';

export type CueFamily = 'relation' | SignalFamily;

export interface CueHit extends Span {
  family: CueFamily;
  /** The words as written. */
  text: string;
  phrase: string;
  cue?: RelationCue;
  /** Chinese `…` phrases: where the other party stands. */
  gap?: Span;
}

interface Entry { family: CueFamily; phrase: string; cue?: RelationCue }

function entries(lang: 'en' | 'zh'): Entry[] {
  const out: Entry[] = [];
  for (const cue of RELATION_CUES) if (cue.lang === lang) for (const phrase of cue.phrases) out.push({ family: 'relation', phrase, cue });
  for (const s of SIGNAL_CUES) if (s.lang === lang) for (const phrase of s.phrases) out.push({ family: s.family, phrase });
  return out;
}

type Net = ReturnType<typeof nlp.buildNet>;
let english: { net: Net; byPhrase: Map<string, Entry[]> } | undefined;
const ZH = entries('zh');

const BE_FORMS = '(is|are|was|were|be|been|being|am)';

/**
 * compromise matches optional words greedily and does not step back: "(a|an)? .? .? stake in"
 * misses "bought a stake in" (the wildcards eat "stake in"). A run of optional slots with a `.?`
 * among them is rewritten as one bounded wildcard, `.{0,n}`, which the library does match right.
 * After such a wildcard a choice must be of single words: `.{0,2} (in partnership|together) with`
 * never matches, so the table writes `.? .? in (partnership|cooperation) with` instead.
 */
export function netPattern(phrase: string): string {
  // compromise's {be} matches only "is", "was" and "be": "are owned by", "were bought by" and "have
  // been in talks" would be missed, so the table's {be} is written out.
  const words = phrase.split(' ').map((w) => (w === '{be}' ? BE_FORMS : w));
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    let j = i;
    while (j < words.length && (words[j] === '.?' || /^\(.*\)\?$/.test(words[j] ?? ''))) j++;
    if (j > i && words.slice(i, j).includes('.?')) {
      out.push(`.{0,${j - i}}`);
      i = j;
    } else {
      out.push(words[i] as string);
      i = Math.max(i + 1, j === i ? i + 1 : i + 1);
    }
  }
  return out.join(' ');
}

function englishNet(): NonNullable<typeof english> {
  if (!english) {
    const byPhrase = new Map<string, Entry[]>();
    for (const e of entries('en')) byPhrase.set(netPattern(e.phrase), [...(byPhrase.get(netPattern(e.phrase)) ?? []), e]);
    english = { net: nlp.buildNet([...byPhrase.keys()].map((match) => ({ match }))), byPhrase };
  }
  return english;
}

interface TermJson { offset: { start: number; length: number } }

function englishHits(sentence: Sentence): CueHit[] {
  const { net, byPhrase } = englishNet();
  const { found } = englishDoc(sentence.text).sweep(net) as { found: { match: string; view: { has(m: string): boolean; json(o: object): { terms: TermJson[] }[] } }[] };
  const hits: CueHit[] = [];
  for (const f of found) {
    const terms = f.view.json({ offset: true })[0]?.terms ?? [];
    const first = terms[0];
    const last = terms.at(-1);
    if (!first || !last) continue;
    let start = first.offset.start;
    let end = last.offset.start + last.offset.length;
    // A contraction's hidden word ("n't" of "wasn't") has no length: take the written word.
    if (end <= start) {
      while (start > 0 && /\S/.test(sentence.text[start - 1] ?? '')) start--;
      while (end < sentence.text.length && /[\w']/.test(sentence.text[end] ?? '')) end++;
    }
    for (const e of byPhrase.get(f.match) ?? []) {
      // "the state of play" is no speech and "the report" no reporting: a one-word speech cue must be a verb.
      // So must a one-word verb cue ("change of control" is no {control}).
      if ((e.family === 'speech' || e.family === 'outlet' || /^\{\w+\}$/.test(e.phrase)) && !e.phrase.includes(' ') && !f.view.has('#Verb')) continue;
      // A passive is no speech: "was added to the catalogue", "is noted on the website" say nothing.
      if (e.family === 'speech' && !e.phrase.includes(' ') && /\b(is|are|was|were|be|been|being)\s+$/i.test(sentence.text.slice(Math.max(0, start - 8), start))) continue;
      // Half of a compound is no cue: "state-owned" does not own, "car-building" does not build.
      if (/[-‐]$/.test(sentence.text.slice(0, start))) continue;
      hits.push({ family: e.family, phrase: e.phrase, cue: e.cue, start: sentence.start + start, end: sentence.start + end, text: sentence.text.slice(start, end) });
    }
  }
  return hits;
}

const CLAUSE_BREAK = /[，。；！？,;]/;
const MAX_GAP = 30;

function chineseHits(sentence: Sentence): CueHit[] {
  const starts = new Set<number>();
  const ends = new Set<number>();
  let at = 0;
  for (const word of chineseSegmenter().cut(sentence.text, false)) {
    starts.add(at);
    at += word.length;
    ends.add(at);
  }
  const text = sentence.text;
  const hits: CueHit[] = [];
  for (const e of ZH) {
    const [head = '', tail] = e.phrase.split('…');
    for (let p = text.indexOf(head); p >= 0; p = text.indexOf(head, p + 1)) {
      // Latin cues inside Chinese text ("CEO") need no segment check.
      const latin = /^[A-Za-z]+$/.test(head);
      if (!latin && (!starts.has(p) || (head.length === 1 && !ends.has(p + head.length)))) continue;
      const base = { family: e.family, phrase: e.phrase, cue: e.cue };
      if (tail === undefined) {
        hits.push({ ...base, start: sentence.start + p, end: sentence.start + p + head.length, text: head });
        continue;
      }
      const gapStart = p + head.length;
      const q = tail === '' ? -1 : text.indexOf(tail, gapStart + 1);
      const gapEnd = tail === '' ? nextBreak(text, gapStart) : q;
      if (gapEnd < 0 || gapEnd - gapStart > MAX_GAP || CLAUSE_BREAK.test(text.slice(gapStart, gapEnd))) continue;
      const end = gapEnd + tail.length;
      hits.push({ ...base, start: sentence.start + p, end: sentence.start + end, text: text.slice(p, end), gap: { start: sentence.start + gapStart, end: sentence.start + gapEnd } });
    }
  }
  return hits;
}

function nextBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (CLAUSE_BREAK.test(text[i] ?? '')) return i;
  return text.length;
}

/**
 * Every cue in the sentence. Of relation cues that overlap, the longest stays ("subsidiary of" over
 * "subsidiary"); a cue lying inside a mention ("… Brand Co", "the brand") is no cue.
 */
export function findCues(sentence: Sentence, names: readonly Span[]): CueHit[] {
  const all = (sentence.lang === 'zh' ? chineseHits(sentence) : englishHits(sentence))
    .filter((h) => !names.some((n) => n.start <= h.start && h.end <= n.end && (h.family === 'relation' || h.family === 'speech')));
  // ("the premium electric-car brand" is a reference, not a BRAND_OF cue.)
  const relations = all.filter((h) => h.family === 'relation').sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: CueHit[] = [];
  // Hits on the very same words from different entries all stay: the kinds of the ends decide ("属于").
  // A third party's sale ("A sold its stake in X to Y") stands beside the cues inside it: it gives the buyer's link only when a buyer is named.
  // A cue inside another's party gap relates the parties in the gap ("与A旗下的B洽谈": B is A's unit, and the talks are with B).
  const between = (g: Span, h: CueHit) => names.some((n) => g.start <= n.start && n.end <= h.start) && names.some((n) => h.end <= n.start && n.end <= g.end);
  const inGap = (k: CueHit, h: CueHit) => Boolean(k.gap && k.gap.start <= h.start && h.end <= k.gap.end && between(k.gap, h));
  const apart = (a: CueHit, b: CueHit) => Boolean(a.cue?.sale) !== Boolean(b.cue?.sale) || inGap(a, b) || inGap(b, a);
  for (const h of relations) if (!kept.some((k) => k.start < h.end && h.start < k.end && !(k.start === h.start && k.end === h.end) && !apart(k, h))) kept.push(h);
  const signals = all.filter((h) => h.family !== 'relation');
  const longest = signals.filter((h) => !signals.some((o) => o !== h && o.family === h.family && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start));
  return [...kept, ...longest].sort((a, b) => a.start - b.start);
}
