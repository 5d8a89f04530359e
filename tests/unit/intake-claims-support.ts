// Hand-built stage outputs for the claims tests: sentences, mentions and entities as plain data,
// so findClaims is tested without the text and mention stages. A mention is every occurrence of
// one of an entity's surfaces (whole words for Latin ones), longest first, never overlapping.
import type { EntityKind } from '#vocabulary';
import { findClaims } from '../../server/intake/claims';
import type { ClaimCandidate, DateMention, EntityCandidate, KnownLink, Mention, Sentence } from '../../server/intake/types';

export interface TestEntity { key: string; name: string; kind: EntityKind; entityId?: string | null; surfaces?: string[]; coref?: string[] }

export interface Article {
  sentences: string[];
  entities: TestEntity[];
  links?: KnownLink[];
  /** Dates per sentence index, as the dates stage would give them (offsets found from `text`). */
  dates?: Record<number, (Omit<DateMention, 'start' | 'end'> & { text: string })[]>;
  publishedOn?: string;
}

export function stages(a: Article) {
  const sentences: Sentence[] = [];
  let text = '';
  a.sentences.forEach((s, index) => {
    if (index > 0) text += ' ';
    sentences.push({ index, paragraph: 0, start: text.length, end: text.length + s.length, text: s, lang: /\p{Script=Han}/u.test(s) ? 'zh' : 'en' });
    text += s;
  });
  const mentions: Mention[] = [];
  const surfaces = a.entities.flatMap((e) => [
    ...[e.name, ...(e.surfaces ?? [])].map((t) => ({ e, t, via: 'NAME' as const })),
    ...(e.coref ?? []).map((t) => ({ e, t, via: 'COREF' as const })),
  ]).sort((x, y) => y.t.length - x.t.length);
  for (const s of sentences) {
    for (const { e, t, via } of surfaces) {
      for (let p = s.text.indexOf(t); p >= 0; p = s.text.indexOf(t, p + 1)) {
        const start = s.start + p;
        const end = start + t.length;
        const latin = /^[A-Za-z]/.test(t);
        if (latin && (/\w/.test(text[start - 1] ?? '') || /\w/.test(text[end] ?? ''))) continue;
        if (mentions.some((m) => m.start < end && start < m.end)) continue;
        mentions.push({ entityKey: e.key, sentence: s.index, start, end, text: t, via });
      }
    }
  }
  const entities: EntityCandidate[] = a.entities.map((e) => ({
    key: e.key, name: e.name, entityId: e.entityId === undefined ? e.key : e.entityId, kind: e.kind, aliases: e.surfaces ?? [],
    mentions: mentions.filter((m) => m.entityKey === e.key).length, score: 1, why: 'test',
  }));
  const datesBySentence = new Map<number, DateMention[]>();
  for (const [i, list] of Object.entries(a.dates ?? {})) {
    const s = sentences[Number(i)];
    if (!s) continue;
    datesBySentence.set(s.index, list.map(({ text: words, ...d }) => {
      const at = s.text.indexOf(words);
      return { ...d, start: s.start + at, end: s.start + at + words.length };
    }));
  }
  return { text, sentences, mentions, entities, datesBySentence, links: a.links ?? [], publishedOn: a.publishedOn };
}

export function claimsOf(a: Article): ClaimCandidate[] {
  return findClaims(stages(a));
}

/** "from TYPE to" for compact assertions. */
export const brief = (c: ClaimCandidate) => `${c.from.key} ${c.type} ${c.to.key}`;

/** Invented companies, a plant, an agency, a policy and people, in English and Chinese. */
export const ENTITIES: TestEntity[] = [
  { key: 'acme', name: 'Acme Motors', kind: 'EV_STARTUP', surfaces: ['Acme'] },
  { key: 'bolt', name: 'Bolt Auto', kind: 'AUTOMAKER', surfaces: ['Bolt'] },
  { key: 'zen', name: 'Zen Group', kind: 'STATE_OWNED_GROUP' },
  { key: 'orbit', name: 'Orbit', kind: 'BRAND' },
  { key: 'plant', name: 'Hefei plant', kind: 'PLANT' },
  { key: 'miit', name: 'Ministry of Industry', kind: 'AGENCY', coref: ['the ministry'] },
  { key: 'rules', name: 'OEM Rules', kind: 'POLICY' },
  { key: 'li', name: 'Li Wei', kind: 'PERSON' },
  { key: 'qz', name: '青竹汽车', kind: 'EV_STARTUP' },
  { key: 'hs', name: '华山集团', kind: 'STATE_OWNED_GROUP' },
  { key: 'gxb', name: '工信部', kind: 'AGENCY' },
  { key: 'qd', name: '青岛工厂', kind: 'PLANT' },
  { key: 'ly', name: '蓝羽', kind: 'BRAND' },
  { key: 'zhang', name: '张伟', kind: 'PERSON' },
];
