// What the language readers (english.ts, chinese.ts) hand the matcher: spans that may name an
// entity, with the strings to look up and, when the words say so, the kind a new entity would have.
import type { EntityKind } from '#vocabulary';
import type { KindGuess } from './kinds';

export interface Surface {
  sentence: number;
  start: number;
  end: number;
  /** The span as written: `text.slice(start, end)`. */
  text: string;
  /** Strings for the gazetteer: the span, and for Chinese its pinyin. */
  lookups: string[];
  /** Which of `lookups` are pinyin: they match only exactly (homophones make typos meaningless). */
  pinyin: string[];
  /** Capitalised as a name (not a sentence-initial common word): only such spans may match with a typo. */
  proper: boolean;
  /** The kind a new entity of this name would have; null: not a name worth proposing. */
  kind: KindGuess | null;
  /** A lone place name (jieba's `ns`): it names an entity only as its whole name or alias, never a suffix away ("广州" is not "广州汽车集团"). */
  place?: boolean;
  /** A long Chinese legal or plant name ("…动力电池有限公司", "…泰国工厂"): it wins over a known name inside it. */
  whole?: boolean;
  /** The name a new entity gets when the span words it otherwise ("plant in Ningbo" → "Ningbo plant", 株洲的工厂 → 株洲工厂). */
  name?: string;
  /** A short form given in brackets right after it: "Kestrel Automobile Group (KAG)". */
  short?: { start: number; end: number; text: string };
}

export interface Referent {
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** What it refers back to: the last company, agency or plant, or the subject ("it", 其). */
  target: 'Company' | 'Agency' | 'Plant' | 'Subject';
  /** A kind the words describe ("the state-owned group" → STATE_OWNED_GROUP): the last entity of that kind is preferred. */
  kind?: EntityKind;
}

export const personGuess = (why: string): KindGuess => ({ kind: 'PERSON' satisfies EntityKind, why, score: 0.55 });
