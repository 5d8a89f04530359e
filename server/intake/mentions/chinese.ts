// Chinese surfaces: @node-rs/jieba segments and tags the sentence (one instance shared with the claims
// stage, server/intake/segmenter.ts: loading its dictionary takes about a second); a name is one segment or a few adjacent ones
// ("蓝" + "岚" + "汽车"), since the dictionary splits names it does not know. pinyin-pro gives each
// span's pinyin, so a graph that knows a company only by an English name and a pinyin alias still
// finds its Chinese name.
import { pinyin } from 'pinyin-pro';
import { stripSuffixes } from '#vocabulary/names';
import { chineseSegmenter as segmenter } from '../segmenter';
import type { Sentence } from '../types';
import { CHINESE_COREF, CHINESE_TITLES, chineseKind, chineseSuffix, isChineseSurname } from './kinds';
import type { KindGuess } from './kinds';
import { personGuess } from './surface';
import type { Referent, Surface } from './surface';

interface Segment { start: number; end: number; word: string; tag: string }

/** Tags that never start, end or sit inside a name: punctuation, prepositions, particles, pronouns, adverbs… */
const STOP_TAGS = new Set(['x', 'w', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'd', 'y', 'e', 'o', 'm', 'q', 'f', 't']);
const PROPER_TAGS = new Set(['nr', 'ns', 'nt', 'nz', 'j', 'nrt', 'nrfg', 'eng', 'xn']);
/** Tags that make a lone segment worth a pinyin lookup: not places (长城 is a wall before it is a carmaker). */
const PINYIN_TAGS = new Set(['nr', 'nt', 'nz', 'j', 'nrt', 'nrfg', 'xn']);
/** Common words that make "…汽车" a category, not a company ("新能源汽车" is new-energy vehicles). */
const GENERIC_WORDS = new Set(['新能源', '电动', '传统', '合资', '国内', '国外', '外资', '民营', '国有', '整车', '智能', '零部件', '汽车', '乘用车', '商用车', '燃油', '自主', '品牌', '上述', '相关', '生产', '企业', '新', '全国', '动力', '储能', '锂', '固态', '电池', '清洁', '可再生', '本地', '当地', '海外', '龙头', '势力', '新势力', '运营', '主体', '运营主体', '股东', '控股股东']);
/** Words a name does not start with: the category words a name ends with ("电池企业X电池" is a description, then the name). */
const CATEGORY_WORDS = new Set(['企业', '公司', '集团', '车企', '厂商', '品牌', '工厂', '电池', '汽车', '能源', '科技', '基地', '运营', '主体', '运营主体', '势力', '新势力']);
/** Words of names that jieba tags as adverbs ("株洲高新投资集团"): inside a span they are nouns. */
const NAME_WORDS_TAGGED_ADVERB = new Set(['高新']);
/** Legal and plant suffixes that make a long span one name even when a known name sits inside it ("时代X动力电池有限公司"). */
const WHOLE_NAME_ENDS = ['有限公司', '有限责任公司', '工厂', '超级工厂'];
const AGENCY_ENDS = new Set(['部', '委', '委员会', '局', '署', '厅']);
/**
 * Verbs and descriptions jieba's HMM glues onto the unknown name after them (委托 + 川越 → 委托川越):
 * a name does not start with them, so the span that does is no name (the one after them is).
 */
const NOT_NAME_STARTS = ['委托', '出售', '旗下', '供应商', '收购', '入股', '控股', '携手', '联手', '联合', '合作', '接手', '受让', '投资', '子公司', '对手', '竞争对手',
  '由', '与', '被', '向', '从', '对', '为'];
const MAX_SEGMENTS = 6;
const MAX_NAME_LENGTH = 16;
const HAN_ONLY = /^\p{Script=Han}+$/u;

/**
 * The sentence cut twice: with jieba's HMM, which guesses words its dictionary lacks (tagged x, often
 * a name) but may glue a name to the word before it (与 + 沃 → 与沃), and without, which leaves an
 * unknown name as single characters that the spans below put back together.
 */
function segmentations(sentence: Sentence): Segment[][] {
  return [true, false].map((hmm) => {
    const out: Segment[] = [];
    let at = sentence.start;
    for (const { word, tag } of segmenter().tag(sentence.text, hmm)) {
      const retag = tag === 'x' && /[\p{Script=Han}\p{L}]/u.test(word) ? 'xn' : NAME_WORDS_TAGGED_ADVERB.has(word) ? 'n' : tag;
      out.push({ start: at, end: at + word.length, word, tag: retag });
      at += word.length;
    }
    return out;
  });
}

/** "changan" for 长安: pinyin without tones or spaces, as an alias would be written (cached: names repeat). */
const pinyinCache = new Map<string, string>();
function pinyinOf(han: string): string {
  let out = pinyinCache.get(han);
  if (out === undefined) {
    out = pinyin(han, { toneType: 'none', type: 'array' }).join('');
    if (pinyinCache.size > 20_000) pinyinCache.clear();
    pinyinCache.set(han, out);
  }
  return out;
}

/** The kind a span of segments would have as a new entity, or null when it is not a proper name. */
function kindOf(parts: readonly Segment[], name: string): KindGuess | null {
  if (parts.length === 1 && parts[0]?.tag === 'nt') return chineseKind(name) ?? { kind: 'AUTOMAKER', why: 'jieba tags an organisation (nt) → AUTOMAKER', score: 0.5 };
  const suffix = chineseSuffix(name);
  const last = parts.at(-1)?.word ?? '';
  // A one-character suffix must be a word of its own: 部 in 交通运输部, not 署 in 签署.
  const lastTag = parts.at(-1)?.tag;
  if (!suffix || (suffix.length === 1 ? last !== suffix && lastTag !== 'nt' : !last.endsWith(suffix) && !suffix.endsWith(last))) return null;
  // "全资子公司", "合资公司": what a company is, not its name.
  if (/^(全资|控股|合资|参股)?(子公司|母公司|孙公司|合资公司|分公司|公司|企业)$/.test(name)) return null;
  const stem = name.slice(0, -suffix.length);
  if (stem.length < 2 || GENERIC_WORDS.has(stem)) return null;
  // A verb inside ("销量低于X汽车") makes it a clause; a category word first ("电池企业X电池") a description.
  if (parts.some((p) => p.tag === 'v') || (parts.length > 1 && (GENERIC_WORDS.has(parts[0]!.word) || CATEGORY_WORDS.has(parts[0]!.word)))) return null;
  // jieba may glue the category word to the name after it (车 + 企澜岳): the text says so too.
  if (parts.length > 1 && [...CATEGORY_WORDS].some((w) => name.startsWith(w) && name.length > w.length + 1)) return null;
  const stemParts = parts.filter((p) => p.end <= parts[0]!.start + stem.length);
  const agency = AGENCY_ENDS.has(parts.at(-1)?.word ?? '') || name.endsWith('委员会');
  if (agency) return stemParts.every((p) => p.tag.startsWith('n') || p.tag === 'vn' || p.word === '和') ? chineseKind(name) : null;
  const proper = stemParts.some((p) => PROPER_TAGS.has(p.tag)) || (stemParts.length <= 2 && stemParts.every((p) => p.tag.startsWith('n') && p.word.length >= 2 && !GENERIC_WORDS.has(p.word)));
  return proper ? chineseKind(name) : null;
}

/** Spans of one to six segments (sixteen characters at most) that may name an entity, with their pinyin. */
function spansOf(text: string, sentence: Sentence, segments: readonly Segment[], surfaces: Surface[], seen: Map<string, Surface>): void {
  for (let i = 0; i < segments.length; i++) {
    for (let n = 1; n <= MAX_SEGMENTS && i + n <= segments.length; n++) {
      if (segments[i + n - 1]!.end - segments[i]!.start > MAX_NAME_LENGTH) break;
      const parts = segments.slice(i, i + n);
      const inner = parts.slice(1, -1);
      if (parts.at(-1)?.word === '和' && n > 1 && !inner.some((p) => STOP_TAGS.has(p.tag) && p.word !== '和')) continue; // "交通和运输部" goes on past 和
      if ([parts[0], parts.at(-1)].some((p) => !p || STOP_TAGS.has(p.tag)) || inner.some((p) => STOP_TAGS.has(p.tag) && p.word !== '和')) break;
      const start = parts[0]!.start;
      const end = parts.at(-1)!.end;
      const name = text.slice(start, end);
      if (name.length < 2 || !/\S/u.test(name)) continue;
      let kind = kindOf(parts, name);
      // "车企澜岳汽车" cut as 车 + 企澜岳: a span that starts inside a category word is no name.
      if (kind && CATEGORY_WORDS.has(`${text[start - 1] ?? ''}${name[0] ?? ''}`)) kind = null;
      if (kind && NOT_NAME_STARTS.some((w) => name.startsWith(w) && name.length > w.length + 1)) kind = null;
      if (!kind && personLike(parts, name) && hasTitleNear(segments, i, i + n)) kind = personGuess('a name next to a title → PERSON');
      // A lone common word (长城 'the Great Wall') must not meet a company's pinyin alias; a name-like span may.
      const nameLike = !!kind || n > 1 || parts.some((p) => PINYIN_TAGS.has(p.tag));
      const pinyins = nameLike && HAN_ONLY.test(name) ? [...new Set([pinyinOf(name), pinyinOf(stripSuffixes(name).replace(/\s+/g, ''))])] : [];
      const span = `${start}:${end}`;
      const earlier = seen.get(span);
      if (earlier) { if (!earlier.kind && kind) earlier.kind = kind; continue; }
      const surface: Surface = { sentence: sentence.index, start, end, text: name, lookups: [name, ...pinyins], pinyin: pinyins, proper: false, kind };
      if (n === 1 && parts[0]?.tag === 'ns') surface.place = true;
      if (kind && kind.kind !== 'PERSON' && n >= 2 && WHOLE_NAME_ENDS.some((e) => name.endsWith(e))) surface.whole = true;
      seen.set(span, surface);
      surfaces.push(surface);
    }
  }
}

/** Every span that may name an entity in a Chinese sentence, from both cuts; 《…》 titles whole. */
export function chineseSurfaces(text: string, sentence: Sentence): { surfaces: Surface[]; referents: Referent[] } {
  const [withHmm = [], withoutHmm = []] = segmentations(sentence);
  const surfaces: Surface[] = [];
  const seen = new Map<string, Surface>();
  for (const segments of [withHmm, withoutHmm]) spansOf(text, sentence, segments, surfaces, seen);
  for (const title of sentence.text.matchAll(/《([^》]{2,60})》/gu)) {
    const start = sentence.start + (title.index ?? 0) + 1;
    const name = title[1] ?? '';
    const guess = chineseKind(name);
    surfaces.push({ sentence: sentence.index, start, end: start + name.length, text: name, lookups: [name], pinyin: [], proper: false, kind: guess?.kind === 'POLICY' ? { ...guess, why: `a title in 《》 ending '${name.slice(-2)}' → POLICY` } : null });
  }
  // "南岭汽车在株洲的工厂", "位于襄阳的工厂", "位于十堰的一座闲置工厂": the plant in a place, named as an
  // editor would (株洲工厂); a measure word and a short description may stand before the plant word.
  for (const m of sentence.text.matchAll(/(在|位于)(\p{Script=Han}{2,4}?)的((?:[一两二三四五六七八九十]?[座家处个])?\p{Script=Han}{0,3}?)(工厂|生产基地|基地)/gu)) {
    const place = m[2] ?? '';
    const start = sentence.start + (m.index ?? 0) + (m[1] ?? '').length;
    const end = sentence.start + (m.index ?? 0) + m[0].length;
    const name = `${place}${m[4] ?? ''}`;
    surfaces.push({ sentence: sentence.index, start, end, text: text.slice(start, end), name, lookups: [name], pinyin: [], proper: false, kind: { kind: 'PLANT', why: `'${m[1] ?? ''}${place}的…${m[4] ?? ''}' → PLANT '${name}'`, score: 0.6 }, whole: true });
  }
  surfaces.push(...describedNames(text, sentence));
  return { surfaces, referents: chineseReferents(sentence, withHmm) };
}

/** What a "X是…的Y" sentence says X is, by the head its description ends in. */
const DESCRIBED_HEADS: Record<string, 'BRAND' | 'SUBSIDIARY' | 'AUTOMAKER' | 'TECH_COMPANY'> = { 品牌: 'BRAND', 子品牌: 'BRAND', 子公司: 'SUBSIDIARY', 车企: 'AUTOMAKER', 汽车公司: 'AUTOMAKER', 公司: 'TECH_COMPANY', 企业: 'TECH_COMPANY' };

/**
 * "欧拉是长城汽车旗下的电动车品牌": a short name opening a clause and described by 是…品牌 is a new
 * entity of that kind, though its own characters name no kind. Pronouns and category words
 * (该公司, 其, 公司) open no such name.
 */
function describedNames(text: string, sentence: Sentence): Surface[] {
  const out: Surface[] = [];
  for (const m of sentence.text.matchAll(/(?:^|[，。；：“])([\p{Script=Han}A-Za-z]{2,5}?)(?:则|也|已)?是[^，。；]{2,16}?(子品牌|品牌|子公司|车企|汽车公司|公司|企业)(?=[，。；]|$)/gu)) {
    const name = m[1] ?? '';
    if (/^(该|这|那|其|此|它|本|公司|集团|企业|品牌|双方|后者|前者|目前|如今|现在)/.test(name)) continue;
    const start = sentence.start + (m.index ?? 0) + m[0].indexOf(name);
    const head = m[2] ?? '';
    const kind = DESCRIBED_HEADS[head] ?? 'TECH_COMPANY';
    out.push({ sentence: sentence.index, start, end: start + name.length, text: text.slice(start, start + name.length), lookups: [name], pinyin: [], proper: false,
      kind: { kind, why: `'${name}是…${head}' → ${kind}`, score: 0.5 } });
  }
  return out;
}

/**
 * A Chinese personal name: two to four characters, jieba's person tag, or (as jieba often cuts an
 * unknown name into pieces or leaves it untagged) a common surname first and no function word in it.
 */
function personLike(parts: readonly Segment[], name: string): boolean {
  if (name.length < 2 || name.length > 4 || !HAN_ONLY.test(name)) return false;
  if (parts.every((p) => p.tag === 'nr')) return true;
  return name.length <= 3 && isChineseSurname(name) && parts.every((p) => !STOP_TAGS.has(p.tag) || p.tag === 'd' || p.tag === 'a') && !CHINESE_TITLES.some((t) => name.includes(t));
}

function hasTitleNear(segments: readonly Segment[], from: number, to: number): boolean {
  const near = [segments[from - 1]?.word, segments[to]?.word];
  // jieba may cut a title in two (首席 + 执行官).
  const joined = `${segments[from - 2]?.word ?? ''}${segments[from - 1]?.word ?? ''}`;
  return near.some((w) => !!w && CHINESE_TITLES.includes(w)) || CHINESE_TITLES.some((t) => t.length > 2 && joined.endsWith(t));
}

/** 该公司, 该部, 其, 它: spans that refer back. A lone 其/它 counts only when jieba makes it a word of its own (not 其中, 尤其, 它们). */
function chineseReferents(sentence: Sentence, segments: readonly Segment[]): Referent[] {
  const out: Referent[] = [];
  for (const [phrase, target] of CHINESE_COREF) {
    if (phrase.length === 1) {
      for (const s of segments) if (s.word === phrase) out.push({ sentence: sentence.index, start: s.start, end: s.end, text: phrase, target });
      continue;
    }
    for (let at = sentence.text.indexOf(phrase); at >= 0; at = sentence.text.indexOf(phrase, at + phrase.length)) {
      const start = sentence.start + at;
      if (out.some((r) => r.start < start + phrase.length && start < r.end)) continue;
      out.push({ sentence: sentence.index, start, end: start + phrase.length, text: phrase, target });
    }
  }
  // A bare 公司 opening a clause ("…表示，公司没有…") is the company just named.
  segments.forEach((s, i) => {
    const prev = segments[i - 1];
    if (s.word === '公司' && (!prev || /^[，,：:“"。；]$/.test(prev.word) || ['称', '表示', '说'].includes(prev.word)) && !out.some((r) => r.start < s.end && s.start < r.end)) {
      out.push({ sentence: sentence.index, start: s.start, end: s.end, text: s.word, target: 'Company' });
    }
  });
  return out.sort((a, b) => a.start - b.start);
}
