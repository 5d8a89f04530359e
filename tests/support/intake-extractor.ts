// A small extractor for tests of the intake wiring (server/editing/intake*, the CLI) that must not
// depend on the rule extractor's judgement: it reads its input with a few plain rules (lines that
// are page furniture dropped, sentences split at . ! ? 。！？, capitalised runs looked up in the
// gazetteer, "built by"/"acquired" between two names), so what it proposes follows from the text.
import type { EntityCandidate, Extractor, IntakeResult, KnownEntity, Mention, Sentence } from '../../server/intake/types';
import { foldName } from '#vocabulary/names';

const FURNITURE = /^(share( this)?|leave a reply|related articles)\b/i;
const SENTENCE = /[^.!?。！？]+[.!?。！？]?/gu;
const SURFACE = /\p{Lu}[\p{L}\d-]*(?: \p{Lu}[\p{L}\d-]*)*|\p{Script=Han}{2,}/gu;
const CUES = [{ words: ' built by ', type: 'BUILT_BY' }, { words: ' acquired ', type: 'ACQUIRED' }] as const;
const HEDGE = /\b(reportedly|may|is said to)\b/i;

function clean(raw: string): { text: string; removed: { text: string; reason: string }[] } {
  const removed: { text: string; reason: string }[] = [];
  const kept = raw.split('\n').map((l) => l.trim()).filter((l) => {
    if (!FURNITURE.test(l)) return true;
    removed.push({ text: l, reason: 'furniture' });
    return false;
  });
  return { text: kept.join('\n').replace(/\n{2,}/g, '\n\n').trim(), removed };
}

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let at = 0;
  for (const block of text.split('\n\n')) {
    for (const m of block.matchAll(SENTENCE)) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = at + (m.index ?? 0) + lead;
      const body = m[0].trim();
      if (body) out.push({ index: out.length, paragraph, start, end: start + body.length, text: body, lang: /\p{Script=Han}/u.test(body) ? 'zh' : 'en' });
    }
    at += block.length + 2;
    paragraph += 1;
  }
  return out;
}

const newKind = (name: string): KnownEntity['kind'] | null => (/\b(Plant|Factory)$/.test(name) ? 'PLANT' : /\b(Motors|Auto|Automobile|Group)$/.test(name) || /汽车$/.test(name) ? 'AUTOMAKER' : null);

export const testExtractor: Extractor = {
  async extract(article, gazetteer): Promise<IntakeResult> {
    const { text, removed } = clean(article.raw);
    const sentences = sentencesOf(text);
    const found = sentences.flatMap((s) => [...s.text.matchAll(SURFACE)].map((m) => ({ s, surface: m[0], start: s.start + (m.index ?? 0) })));
    const hits = await gazetteer.lookup(found.map((f) => f.surface));
    const entities = new Map<string, EntityCandidate>();
    const mentions: Mention[] = [];
    for (const { s, surface, start } of found) {
      const best = hits.get(surface)?.[0];
      const known = best && best.score >= 0.9 ? best.entity : null;
      const kind = known?.kind ?? newKind(surface);
      if (!kind) continue;
      const key = known ? known.id : `new:${foldName(surface)}`;
      const e = entities.get(key) ?? { key, name: known?.name ?? surface, entityId: known?.id ?? null, kind, aliases: [], mentions: 0, score: best?.score ?? 0.5, why: known ? 'in the graph' : 'new' };
      entities.set(key, { ...e, mentions: e.mentions + 1 });
      mentions.push({ entityKey: key, sentence: s.index, start, end: start + surface.length, text: surface, via: 'NAME' });
    }
    const links = await gazetteer.linksAmong([...entities.values()].flatMap((e) => (e.entityId ? [e.entityId] : [])));
    const claims = sentences.flatMap((s) => {
      const named = mentions.filter((m) => m.sentence === s.index);
      const cue = CUES.find((c) => s.text.includes(c.words));
      const [a, b] = [named[0], named.find((m) => m.entityKey !== named[0]?.entityKey)];
      if (!cue || !a || !b) return [];
      const end = (m: Mention): { key: string; name: string; entityId: string | null } => { const e = entities.get(m.entityKey); return { key: m.entityKey, name: e?.name ?? m.text, entityId: e?.entityId ?? null }; };
      const from = end(a);
      const to = end(b);
      const existing = links.find((l) => l.type === cue.type && l.from === from.entityId && l.to === to.entityId)?.id ?? null;
      return [{
        key: `c${s.index}-0`, from, to, type: cue.type, status: HEDGE.test(s.text) ? 'REPORTED' as const : 'CONFIRMED' as const, stance: 'SUPPORTS' as const,
        quote: s.text, start: s.start, end: s.end, sentence: s.index, attribution: { kind: 'ARTICLE' as const }, existing, contradicts: null,
        score: 0.6, why: `'${cue.words.trim()}' → ${cue.type}`, cues: [],
      }];
    });
    return {
      source: { title: article.title ?? '', publishedOn: article.publishedOn, sentences: sentences.length },
      clean: { text, paragraphs: [], removed, format: article.format ?? 'text' }, sentences, entities: [...entities.values()], mentions, claims, timings: {},
    };
  },
};
