// "X ended its contract with Y in December", "Verano ended that contract": an end said of an
// arrangement the article has already stated. "Contract" names no type, so the end takes the type
// of the latest earlier claim between the two (with only X named: X's latest contract-like claim in
// the two sentences before) and ends it. Like both-sides.ts, the parties stand at the words that
// refer to them, and build() reads the voice and dates as for any cue.
import type { RelationType } from '#vocabulary';
import type { ClaimCandidate, Mention, Sentence } from '../types';
import type { RelationCue } from './cues';
import type { CueHit } from './match';
import type { Pair } from './parties';

/** Types an article calls a "contract" or "agreement" between two companies. */
const CONTRACT_TYPES: ReadonlySet<RelationType> = new Set(['BUILT_BY', 'USES_QUALIFICATION_OF', 'OPERATES']);

const PATTERNS: Record<'en' | 'zh', RegExp> = {
  en: /\b(end|ends|ended|ending|terminated?|terminates|terminating|cancell?ed|cancels|scrapped|scraps|quit|exited)\s+(its|their|the|that|this)\s+(\S+\s+){0,3}?(contract|agreement|partnership|deal|arrangement|tie-up)\b/i,
  zh: /(终止|结束|解除)(了)?(与[^，。；]{2,12})?(的)?(代工|合作|协议|合同)/u,
};

export const ENDED_ARRANGEMENT_CUE: RelationCue = {
  type: 'BUILT_BY', lang: 'en', subjectIs: 'from', marksEnd: true, weight: 0.6,
  phrases: ['{end} (its|that|the) … (contract|agreement|partnership) (with …)?', '终止…(合作|协议)'],
  note: 'Takes the type of the latest earlier claim between the parties ("Y ended its contract with X" after "X built Y\'s cars").',
};

export function endedArrangement(sentence: Sentence, mentions: readonly Mention[], earlier: readonly ClaimCandidate[]): { hit: CueHit; pair: Pair } | undefined {
  const found = PATTERNS[sentence.lang === 'zh' ? 'zh' : 'en'].exec(sentence.text);
  if (!found) return undefined;
  const start = sentence.start + found.index;
  const end = start + found[0].length;
  const subject = mentions.filter((m) => m.end <= start).at(-1);
  const other = mentions.find((m) => m.start >= end && m.start - end <= 12 && /^\s*with\s+$/i.test(sentence.text.slice(end - sentence.start, m.start - sentence.start)))
    ?? mentions.find((m) => m.start >= start && m.end <= end && m.entityKey !== subject?.entityKey);
  if (!subject) return undefined;
  const involves = (c: ClaimCandidate, key: string) => c.from.key === key || c.to.key === key;
  const stated = [...earlier].reverse().find((c) => CONTRACT_TYPES.has(c.type) && c.stance === 'SUPPORTS' && c.sentence < sentence.index
    && involves(c, subject.entityKey) && (other ? involves(c, other.entityKey) : c.sentence >= sentence.index - 2));
  if (!stated) return undefined;
  const side = (key: string, text: string): Mention => ({ start, end, sentence: sentence.index, entityKey: key, via: 'COREF', text });
  const cue: RelationCue = { ...ENDED_ARRANGEMENT_CUE, type: stated.type, lang: sentence.lang === 'zh' ? 'zh' : 'en' };
  const hit: CueHit = { family: 'relation', phrase: ENDED_ARRANGEMENT_CUE.phrases[0] ?? '', cue, start, end, text: found[0] };
  return { hit, pair: { from: side(stated.from.key, stated.from.name), to: side(stated.to.key, stated.to.name), reversed: false, fallback: true, swapped: false, reach: 0 } };
}
