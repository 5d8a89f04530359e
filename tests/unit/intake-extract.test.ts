// The whole rule extractor (server/intake/index.ts) on short invented articles, English and
// Chinese, through `extract` with a memory gazetteer: every stage runs, quotes are verbatim, and
// the claims have the right ends, type, status, dates and graph links.
import { createMemoryGazetteer, extract, ruleExtractor } from '../../server/intake';
import type { ClaimCandidate, KnownEntity, KnownLink } from '../../server/intake';

const ENTITIES: KnownEntity[] = [
  { id: 'corvia', name: 'Corvia Motors', kind: 'EV_STARTUP', aliases: ['Corvia'] },
  { id: 'tarlan', name: 'Tarlan Automobile', kind: 'AUTOMAKER', aliases: ['Tarlan', '塔兰汽车'] },
  { id: 'qingshan', name: 'Qingshan Group', kind: 'STATE_OWNED_GROUP', aliases: ['青山集团'] },
  { id: 'xiyue', name: 'Xiyue Auto', kind: 'EV_STARTUP', aliases: ['曦悦汽车'] },
];
const LINKS: KnownLink[] = [{ id: 'corvia-built-by-tarlan', type: 'BUILT_BY', from: 'corvia', to: 'tarlan', status: 'CONFIRMED' }];

const ENGLISH = [
  'Corvia turns to Tarlan for its second model',
  '',
  'Share on Facebook',
  '',
  'Corvia Motors has signed a contract manufacturing agreement with Tarlan Automobile, the two companies said on Monday.',
  '',
  'Qingshan Group may take over Corvia Motors, according to Reuters. Corvia called the report groundless.',
  '',
  'Leave a Reply',
].join('\n');

const CHINESE = [
  '曦悦汽车获青山集团投资',
  '',
  '据媒体报道，青山集团拟收购曦悦汽车。自2021年起，塔兰汽车为曦悦汽车代工生产。',
].join('\n');

const sig = (c: ClaimCandidate) => `${c.from.entityId ?? c.from.name} ${c.type} ${c.to.entityId ?? c.to.name} ${c.status}`;

describe('intake extract', () => {
  it('runs every stage on an English article and proposes its claims with verbatim quotes', async () => {
    const stages: string[] = [];
    const r = await extract({ raw: ENGLISH, format: 'text', publishedOn: '2024-05-08' }, createMemoryGazetteer(ENTITIES, LINKS), (s) => stages.push(s));
    expect(stages).toEqual(['clean', 'sentences', 'dates', 'mentions', 'links', 'claims', 'done']);
    expect(Object.keys(r.timings)).toEqual(['clean', 'sentences', 'dates', 'mentions', 'links', 'claims', 'total']);
    expect(r.clean.text).not.toContain('Leave a Reply');
    expect(r.claims.map(sig)).toEqual(expect.arrayContaining([
      'corvia BUILT_BY tarlan CONFIRMED',
      'qingshan PLANS_TO_ACQUIRE corvia RUMOURED',
      'qingshan PLANS_TO_ACQUIRE corvia DENIED',
    ]));
    for (const c of r.claims) expect(r.clean.text.slice(c.start, c.end)).toBe(c.quote);
    const built = r.claims.find((c) => c.type === 'BUILT_BY');
    expect(built).toMatchObject({ existing: 'corvia-built-by-tarlan', reportedOn: '2024-05-06', attribution: { kind: 'PARTY' } });
    expect(r.claims.find((c) => c.status === 'RUMOURED')?.attribution).toEqual({ kind: 'OUTLET', name: 'Reuters' });
    expect(r.source).toEqual({ title: 'Corvia turns to Tarlan for its second model', publishedOn: '2024-05-08', sentences: r.sentences.length });
  });

  it('runs every stage on a Chinese article, with dates by role', async () => {
    const r = await ruleExtractor.extract({ raw: CHINESE, format: 'text', title: '曦悦', publishedOn: '2024-05-08' }, createMemoryGazetteer(ENTITIES));
    expect(r.claims.map(sig)).toEqual(expect.arrayContaining(['qingshan PLANS_TO_ACQUIRE xiyue REPORTED', 'xiyue BUILT_BY tarlan CONFIRMED']));
    expect(r.claims.find((c) => c.type === 'BUILT_BY')).toMatchObject({ validFrom: '2021', validFromBasis: 'STATED', existing: null });
    expect(r.source.title).toBe('曦悦');
  });

  it('proposes no claim from an article whose sentences each name one party', async () => {
    const r = await extract({ raw: 'Corvia Motors grew fast last year. Tarlan Automobile opened a museum.', publishedOn: '2024-05-08' }, createMemoryGazetteer(ENTITIES));
    expect(r.entities.map((e) => e.entityId)).toEqual(expect.arrayContaining(['corvia', 'tarlan']));
    expect(r.claims).toEqual([]);
  });
});
