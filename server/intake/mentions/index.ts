// Stage 3: which entities each sentence names or refers to. The language readers propose spans
// (english.ts, chinese.ts), ONE batched gazetteer lookup says which name a known entity, the rest
// become new-entity proposals when their words give a kind (kinds.ts), and coreference.ts ties
// "the company", "it" and 该公司 to an entity. Mentions never overlap: the longest span wins.
import { foldName, compactName } from '#vocabulary/names';
import { readEnglish } from '../english';
import type { EntityCandidate, Gazetteer, KnownEntity, Mention, Sentence } from '../types';
import { Antecedents } from './coreference';
import { chineseSurfaces } from './chinese';
import { englishSurfaces } from './english';
import { bestMatch, newShortForms, shortFormsOf } from './match';
import type { Match } from './match';
import type { Referent, Surface } from './surface';

export { createMemoryGazetteer } from './memory-gazetteer';

/** Chinese suffixes that name a unit of their own when added to a company's short form. */
const UNIT_SUFFIXES = ['乘用车', '商用车', '资本', '科技', '新能源', '能源', '电池', '投资', '国际', '金融', '控股'];

type Hits = Map<string, { entity: KnownEntity; score: number }[]>;
type Resolution = { key: string; via: Mention['via'] } | null;

/** The entities found so far, their short forms, and the order they were first met. */
class EntityBook {
  readonly entities = new Map<string, EntityCandidate>();
  private readonly shorts = new Map<string, string>();

  known(match: Match, written: string): string {
    const { entity } = match;
    const found = this.entities.get(entity.id);
    if (!found) {
      this.entities.set(entity.id, { key: entity.id, name: entity.name, entityId: entity.id, kind: entity.kind, aliases: [], mentions: 0, score: match.score, why: match.why });
      this.addShorts(entity.name, entity.id);
    }
    this.alias(entity.id, written);
    return entity.id;
  }

  proposed(surface: Surface): string {
    const name = surface.name ?? surface.text;
    const key = `new:${foldName(name)}`;
    if (!this.entities.has(key) && surface.kind) {
      this.entities.set(key, { key, name, entityId: null, kind: surface.kind.kind, aliases: [], mentions: 0, score: surface.kind.score, why: `${surface.kind.why}; not in the graph` });
      this.addShorts(name, key);
      for (const form of newShortForms(name, surface.kind.kind)) if (!this.shorts.has(form)) this.shorts.set(form, key);
    }
    return key;
  }

  shortOf(written: string): string | undefined { return this.shorts.get(compactName(written)); }

  addShort(written: string, key: string): void {
    this.shorts.set(compactName(written), key);
    this.alias(key, written);
  }

  counted(key: string): EntityCandidate | undefined {
    const e = this.entities.get(key);
    if (e) e.mentions += 1;
    return e;
  }

  private addShorts(name: string, key: string): void {
    for (const form of shortFormsOf(name)) if (!this.shorts.has(form)) this.shorts.set(form, key);
  }

  private alias(key: string, written: string): void {
    const e = this.entities.get(key);
    if (e && foldName(written) !== foldName(e.name) && !e.aliases.includes(written)) e.aliases.push(written);
  }
}

function resolve(surface: Surface, hits: Hits, book: EntityBook): Resolution {
  const match = bestMatch(surface, hits);
  if (match && !match.typo) return { key: book.known(match, surface.text), via: 'NAME' };
  const short = book.shortOf(surface.text);
  if (short && book.entities.has(short)) return { key: short, via: 'SHORT' };
  // A new name met before is that entity even where its words alone would not propose it.
  if (book.entities.has(`new:${foldName(surface.text)}`)) return { key: `new:${foldName(surface.text)}`, via: 'NAME' };
  if (match) return { key: book.known(match, surface.text), via: 'NAME' };
  if (surface.kind) return { key: book.proposed(surface), via: 'NAME' };
  return null;
}

const overlaps = (a: { start: number; end: number }, taken: readonly { start: number; end: number }[]): boolean =>
  taken.some((b) => a.start < b.end && b.start < a.end);

/** How sure a surface is to name something: a known name, a short form met before, a typo of a known name, a new name. */
function rankOf(surface: Surface, hits: Hits, book: EntityBook): number | null {
  const match = bestMatch(surface, hits);
  if (match && !match.typo) return 0;
  // "华屹乘用车" beside a known 华屹汽车集团: a unit named from its parent's short form competes with the parent's name.
  const unit = surface.kind ? UNIT_SUFFIXES.find((s) => surface.text.endsWith(s) && surface.text.length > s.length + 1) : undefined;
  if (unit) {
    const stem = surface.text.slice(0, -unit.length);
    if (bestMatch({ ...surface, text: stem, lookups: [stem], pinyin: [] }, hits)) return 0;
  }
  // "时代X动力电池有限公司", "X泰国智能生态工厂": a long legal or plant name competes with the known names inside it.
  if (surface.whole) return 0;
  const short = book.shortOf(surface.text);
  if (short && book.entities.has(short)) return 1;
  if (match) return 2;
  return surface.kind ? 3 : null;
}

/**
 * Longest first; a bracketed short form right after a name becomes that entity's too. In Chinese,
 * known names go first, then short forms, typos and new names (each longest first): jieba's runs
 * have no capitals to stop them, so a new-name guess may swallow a known name and the words around
 * it ("集团拟收购X汽车").
 */
function namesIn(surfaces: readonly Surface[], hits: Hits, book: EntityBook, chinese: boolean): Omit<Mention, 'text'>[] {
  const out: Omit<Mention, 'text'>[] = [];
  const ordered = [...surfaces].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  for (const rank of chinese ? [0, 1, 2, 3] : [null]) {
    for (const surface of ordered) {
      if (overlaps(surface, out) || (rank !== null && rankOf(surface, hits, book) !== rank)) continue;
      const found = resolve(surface, hits, book);
      if (!found) continue;
      out.push({ start: surface.start, end: surface.end, sentence: surface.sentence, entityKey: found.key, via: found.via });
      const { short } = surface;
      if (short && !overlaps(short, out) && !bestMatch({ ...surface, ...short, lookups: [short.text], pinyin: [], kind: null }, hits)) {
        book.addShort(short.text, found.key);
        out.push({ start: short.start, end: short.end, sentence: surface.sentence, entityKey: found.key, via: 'SHORT' });
      }
    }
  }
  return out;
}

/**
 * Every mention of an entity in the sentences, and the entities they name (known ones with their
 * id, new ones proposed with a kind and a one-line why). The gazetteer is asked once, for every
 * span of the article together.
 */
export async function findMentions(text: string, sentences: readonly Sentence[], gazetteer: Gazetteer): Promise<{ entities: EntityCandidate[]; mentions: Mention[] }> {
  readEnglish(sentences.flatMap((s) => (s.lang === 'zh' ? [] : [s.text])));
  const read = sentences.map((s) => (s.lang === 'zh' ? chineseSurfaces(text, s) : englishSurfaces(text, s)));
  const lookups = [...new Set(read.flatMap((r) => r.surfaces.flatMap((s) => s.lookups)))];
  const hits: Hits = lookups.length ? await gazetteer.lookup(lookups) : new Map();
  const book = new EntityBook();
  const antecedents = new Antecedents();
  const mentions: Mention[] = [];
  for (const [i, { surfaces, referents }] of read.entries()) {
    const names = namesIn(surfaces, hits, book, sentences[i]?.lang === 'zh');
    const refs = referents.filter((r) => !overlaps(r, names));
    const inOrder: (Omit<Mention, 'text'> | Referent)[] = [...names, ...refs].sort((a, b) => a.start - b.start);
    let previous: { end: number; key: string } | undefined;
    for (const item of inOrder) {
      // "X, the group's arm": a possessive description right after a name is someone else's.
      const besides = 'target' in item && previous && /^\s*,\s*$/.test(text.slice(previous.end, item.start)) && /^['‘’]s\b/.test(text.slice(item.end, item.end + 3)) ? previous.key : undefined;
      const firstWord = (k: string) => foldName(book.entities.get(k)?.name ?? '').split(' ')[0];
      const key = 'target' in item ? antecedents.resolve(item, besides, (k) => besides !== undefined && firstWord(k) === firstWord(besides)) : item.entityKey;
      const entity = key === undefined ? undefined : book.counted(key);
      if (!entity || key === undefined) continue;
      antecedents.note(key, entity.kind, item.sentence, item.start, entity.name);
      // "X, an Abu Dhabi-based investor, …": the aside describes X for a later "the Abu Dhabi-based investor".
      const aside = /^,\s+(?:an?|the)\s+([^,;()]{3,60}),/.exec(text.slice(item.end, item.end + 70));
      if (aside?.[1] && !('target' in item)) antecedents.describe(key, aside[1]);
      const via = 'target' in item ? 'COREF' : item.via;
      mentions.push({ start: item.start, end: item.end, sentence: item.sentence, entityKey: key, via, text: text.slice(item.start, item.end) });
      previous = { end: item.end, key };
    }
  }
  const first = new Map<string, number>();
  for (const m of mentions) if (!first.has(m.entityKey)) first.set(m.entityKey, m.start);
  const entities = [...book.entities.values()].filter((e) => first.has(e.key));
  entities.sort((a, b) => (first.get(a.key) ?? 0) - (first.get(b.key) ?? 0));
  return { entities, mentions };
}
