// "Carmakers need permits from A and B. X was the last to receive these permits": an approval whose
// agencies the sentence leaves to the one before. The sentence names companies and refers to a
// permit ("these permits", "secured permission") but no agency; the agencies are those of the
// nearest of the two sentences before that names agencies beside a permit word. The cue is data,
// like the table in cues.ts.
import type { EntityCandidate, Mention, Sentence } from '../types';
import type { RelationCue } from './cues';
import type { CueHit } from './match';
import { knownTypeOf, type Pair } from './parties';

export const CARRIED_APPROVAL_CUE: RelationCue = {
  type: 'APPROVED_BY', lang: 'en', subjectIs: 'from', weight: 0.6,
  phrases: ['(these|those|such|the) (permits|approvals|licences|licenses|qualifications)', '(secured|received|obtained|won|gained|got) (the)? (permission|approval|permits|licence|license)'],
  note: 'The agencies are those the sentence before (or the one before it) names beside a permit word ("need certification from A"); the parties are the companies this sentence names, less the other ends of its other links.',
};

const REFERS = {
  en: /\b((these|those|such|the)\s+(permits|approvals|licences|licenses|qualifications)|(secured|received|obtained|won|gained|got|receive|obtain|secure|win|gain|get)\s+(the\s+)?(permission|approval|permits|licence|license))\b/i,
  zh: /(上述|这些|该|此)(资质|许可|牌照|批文)|(获得|取得|拿到)(了)?(资质|许可|牌照|批文)/u,
};
const PERMIT_WORD = /\b(permits?|approvals?|licen[cs]es?|qualifications?|certifications?|permission)\b|资质|许可|牌照|审批|批准/iu;

/** The first mention of each entity. */
const distinct = (ms: readonly Mention[]): Mention[] => ms.filter((m, i, all) => all.findIndex((o) => o.entityKey === m.entityKey) === i);

/** The approvals a sentence carries over from the agencies of a sentence before, as cue hits and pairs. */
export function carriedApprovals(
  sentence: Sentence, mentions: readonly Mention[], byIndex: ReadonlyMap<number, readonly Mention[]>, sentences: readonly Sentence[],
  entities: Map<string, EntityCandidate>, objects: ReadonlySet<string>,
): { hit: CueHit; pair: Pair }[] {
  const found = REFERS[sentence.lang === 'zh' ? 'zh' : 'en'].exec(sentence.text);
  if (!found || mentions.some((m) => knownTypeOf(m, entities) === 'Agency')) return [];
  // The other end of a link this sentence states is no party ("X, owned by Y, secured permission": Y is X's owner).
  const companies = mentions.filter((m) => knownTypeOf(m, entities) === 'Company' && !objects.has(m.entityKey));
  const named = companies.filter((m) => m.via !== 'COREF');
  const parties = distinct(named.length > 0 ? named : companies);
  if (parties.length === 0) return [];
  let agencies: Mention[] = [];
  for (let back = 1; back <= 2 && agencies.length === 0; back++) {
    const before = sentences.find((s) => s.index === sentence.index - back);
    if (!before || !PERMIT_WORD.test(before.text)) continue;
    agencies = distinct((byIndex.get(before.index) ?? []).filter((m) => knownTypeOf(m, entities) === 'Agency'));
  }
  const start = sentence.start + found.index;
  const hit: CueHit = { family: 'relation', phrase: CARRIED_APPROVAL_CUE.phrases[0] ?? '', cue: CARRIED_APPROVAL_CUE, start, end: start + found[0].length, text: found[0] };
  return parties.flatMap((from) => agencies.map((agency) => ({
    hit,
    pair: { from, to: { ...agency, start: hit.start, end: hit.end, sentence: sentence.index, via: 'COREF' as const }, reversed: false, fallback: true, swapped: false, reach: 0 },
  })));
}
