// What intake might read in a short article of our own (invented companies, none of the seed's):
// offsets are found in the text, so every quote is verbatim, as the server's are.
import type { IntakeClaim, IntakeReading } from '../../client/src/model/intake';

export const S1 = 'Qilin Auto Works builds cars for Dongfeng Sun.';
export const S2 = 'Dongfeng Sun may buy Harbin Motors, which Reuters reported is already its unit.';
export const TEXT = `${S1}\n\n${S2}`;

const at = (s: string, from = 0): number => {
  const i = TEXT.indexOf(s, from);
  if (i < 0) throw new Error(`${s} is not in the fixture text`);
  return i;
};
const span = (s: string, from = 0): { start: number; end: number } => ({ start: at(s, from), end: at(s, from) + s.length });
const s2 = at(S2);
const end = (key: string, name: string, entityId: string | null): { key: string; name: string; entityId: string | null } => ({ key, name, entityId });
const claim: Pick<IntakeClaim, 'stance' | 'validFrom' | 'validFromBasis' | 'validTo' | 'validToBasis' | 'datesNote' | 'reportedOn' | 'note' | 'marksEnd' | 'existing' | 'contradicts' | 'cues'> = {
  stance: 'SUPPORTS', validFrom: null, validFromBasis: null, validTo: null, validToBasis: null, datesNote: null, reportedOn: null, note: null,
  marksEnd: false, existing: null, contradicts: null, cues: [],
};

export const READING: IntakeReading = {
  source: { id: 'src-qilin', title: 'Qilin and Dongfeng Sun', publisher: 'Auto Wire', author: null, publishedOn: '2024-03-05', publishedOnBasis: 'STATED', url: null, text: TEXT },
  sentences: 2,
  entities: [
    { key: 'e1', name: 'Dongfeng Sun', entityId: 'dongfeng-sun', kind: 'AUTOMAKER', aliases: [], mentions: 3, score: 1, why: 'by name' },
    { key: 'e2', name: 'Harbin Motors', entityId: 'harbin', kind: 'AUTOMAKER', aliases: [], mentions: 1, score: 1, why: 'by name' },
    { key: 'e3', name: 'Qilin Auto Works', entityId: null, kind: 'PLANT', aliases: [], mentions: 1, score: 0.7, why: '"Works" → PLANT' },
  ],
  mentions: [
    { entityKey: 'e3', ...span('Qilin Auto Works'), text: 'Qilin Auto Works', sentence: 0, via: 'NAME' },
    { entityKey: 'e1', ...span('Dongfeng Sun'), text: 'Dongfeng Sun', sentence: 0, via: 'NAME' },
    { entityKey: 'e1', ...span('Dongfeng Sun', s2), text: 'Dongfeng Sun', sentence: 1, via: 'NAME' },
    { entityKey: 'e2', ...span('Harbin Motors'), text: 'Harbin Motors', sentence: 1, via: 'NAME' },
    { entityKey: 'e1', ...span('its'), text: 'its', sentence: 1, via: 'COREF' },
  ],
  claims: [
    {
      ...claim, key: 'c1', type: 'BUILT_BY', status: 'CONFIRMED', quote: S1, ...span(S1), sentence: 0,
      from: end('e1', 'Dongfeng Sun', 'dongfeng-sun'), to: end('e3', 'Qilin Auto Works', null), attribution: { kind: 'ARTICLE', name: null, entityKey: null },
      score: 0.8, why: "'builds cars for' → BUILT_BY, reversed",
    },
    {
      ...claim, key: 'c3', type: 'SUBSIDIARY_OF', status: 'REPORTED', quote: S2, ...span(S2), sentence: 1,
      from: end('e2', 'Harbin Motors', 'harbin'), to: end('e1', 'Dongfeng Sun', 'dongfeng-sun'), attribution: { kind: 'OUTLET', name: 'Reuters', entityKey: null },
      existing: 'harbin-sub-dongfeng-sun', score: 0.6, why: "'its unit' → SUBSIDIARY_OF",
    },
    {
      ...claim, key: 'c2', type: 'PLANS_TO_ACQUIRE', status: 'REPORTED', stance: 'QUALIFIES', quote: S2, ...span(S2), sentence: 1,
      from: end('e1', 'Dongfeng Sun', 'dongfeng-sun'), to: end('e2', 'Harbin Motors', 'harbin'), attribution: { kind: 'ARTICLE', name: null, entityKey: null },
      score: 0.7, why: "'may buy' → PLANS_TO_ACQUIRE, hedged",
    },
  ],
  removed: [{ text: 'Share this article', reason: 'share buttons' }],
};
