// "双方已于上月开始接触", "the two sides have held talks since May": talks whose parties the sentence
// names only together. The two sides are the ends of the claim this sentence (or one of the two
// before it) has just made between two companies. The cue is data, like the table in cues.ts.
import type { ClaimCandidate, Mention, Sentence } from '../types';
import type { RelationCue } from './cues';
import type { CueHit } from './match';
import type { Pair } from './parties';

export const BOTH_SIDES_CUE: RelationCue = {
  type: 'IN_TALKS_WITH', lang: 'zh', subjectIs: 'from', phrases: ['双方…接触', '双方…洽谈', '双方…谈判', '双方…磋商', '双方…签署…框架协议', 'the two (sides|companies) … (talks|negotiations)', 'both sides … (talks|negotiations)'],
  note: 'The parties are the ends of the claim just made (this sentence or the two before): "X或将收购Y，双方已于上月开始接触".',
};

const PATTERNS: Record<'en' | 'zh', RegExp> = {
  // A framework or preliminary agreement is signed in talks, before the deal itself.
  zh: /双方[^，。；]{0,12}?(开始接触|接触|洽谈|谈判|磋商|商谈|签署[^，。；]{0,4}?框架协议|签订[^，。；]{0,4}?框架协议|签署[^，。；]{0,4}?意向|达成初步)/u,
  en: /\b(the two (sides|companies)|both sides)\b[^,.;]{0,40}?\b(talks|negotiations|negotiating|discussions|framework agreement|preliminary agreement|memorandum of understanding)\b/i,
};

/** The talks "双方…接触" states, as a cue hit and a pair of mentions standing for the two sides, or nothing. */
export function bothSides(sentence: Sentence, earlier: readonly ClaimCandidate[]): { hit: CueHit; pair: Pair } | undefined {
  const found = PATTERNS[sentence.lang === 'zh' ? 'zh' : 'en'].exec(sentence.text);
  if (!found) return undefined;
  const last = [...earlier].reverse().find((c) => c.sentence >= sentence.index - 2 && c.from.key !== c.to.key && c.type !== 'HOLDS_ROLE_AT');
  if (!last) return undefined;
  const start = sentence.start + found.index;
  const end = start + found[0].length;
  const side = (key: string, text: string): Mention => ({ start, end, sentence: sentence.index, entityKey: key, via: 'COREF', text });
  const hit: CueHit = { family: 'relation', phrase: BOTH_SIDES_CUE.phrases[0] ?? '', cue: BOTH_SIDES_CUE, start, end, text: found[0] };
  return { hit, pair: { from: side(last.from.key, last.from.name), to: side(last.to.key, last.to.name), reversed: false, fallback: true, swapped: false, reach: 0 } };
}
