// The intake test articles' expectations are the truth the benchmark scores against, so they must
// be well-formed: ids in their own graph, values in the vocabulary, every quote fragment really in
// the article. Reads the held-out set only to check its shape, never to tune anything.
import { checkFixture } from '../../bench/intake/fixture-format';
import { FIXTURE_SETS, readFixtures } from '../../bench/intake/fixtures';

const all = FIXTURE_SETS.flatMap((set) => readFixtures(set));

describe('intake fixtures', () => {
  it.each(all.map((f) => [`${f.set}/${f.name}`, f] as const))('%s is well-formed against its article and graph', (_name, fixture) => {
    expect(checkFixture(fixture.raw, fixture.article)).toEqual([]);
  });

  it('finds the dev set', () => {
    expect(readFixtures('dev').length).toBeGreaterThanOrEqual(6);
  });
});

describe('checkFixture', () => {
  const article = 'Acme Motors builds cars for Bolt. Nobody else does.';
  const good = {
    article: { file: 'a.txt', format: 'text', publishedOn: '2024-03-05' },
    graph: {
      entities: [{ id: 'acme', name: 'Acme Motors', kind: 'AUTOMAKER', aliases: [] }, { id: 'bolt', name: 'Bolt', kind: 'EV_STARTUP', aliases: [] }],
      links: [{ id: 'bolt-built-by-acme', type: 'BUILT_BY', from: 'bolt', to: 'acme', status: 'CONFIRMED' }],
    },
    claims: [{ from: 'bolt', to: 'acme', type: 'BUILT_BY', status: 'CONFIRMED', attribution: { kind: 'ARTICLE' }, existing: 'bolt-built-by-acme', contradicts: null, quoteIncludes: 'builds cars for Bolt' }],
    newEntities: [],
    furniture: [] as string[],
  };
  const broken = (change: (f: typeof good) => void): string[] => {
    const copy = structuredClone(good);
    change(copy);
    return checkFixture(copy, article);
  };

  it('accepts a well-formed fixture', () => {
    expect(checkFixture(good, article)).toEqual([]);
  });

  it('reports an end that is neither a graph id nor a new entity', () => {
    expect(broken((f) => { f.claims[0]!.to = 'nobody'; })).toEqual([expect.stringMatching(/^claims\[0\]\.to: "nobody"/)]);
  });

  it('reports a quote fragment that is not in the article', () => {
    expect(broken((f) => { f.claims[0]!.quoteIncludes = 'builds trucks'; })).toEqual([expect.stringMatching(/^claims\[0\]\.quoteIncludes/)]);
  });

  it('reports unknown types, statuses and attribution kinds', () => {
    const problems = broken((f) => {
      f.claims[0]!.type = 'MAKES';
      f.claims[0]!.status = 'MAYBE';
      f.claims[0]!.attribution.kind = 'GOSSIP';
    });
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^claims\[0\]\.type/), expect.stringMatching(/^claims\[0\]\.status/), expect.stringMatching(/^claims\[0\]\.attribution/)]));
  });

  it('reports an existing link of another type, and a contradiction that is not DENIED', () => {
    const problems = broken((f) => {
      f.claims[0]!.type = 'ACQUIRED';
      (f.claims[0] as { contradicts: string | null }).contradicts = 'bolt-built-by-acme';
    });
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^claims\[0\]\.existing: link "bolt-built-by-acme" is BUILT_BY/), expect.stringMatching(/^claims\[0\]\.status: a claim that contradicts/)]));
  });

  it('reports a date without its basis and furniture the article does not hold', () => {
    const problems = broken((f) => {
      (f.claims[0] as Record<string, unknown>).validFrom = '2024';
      f.furniture = ['Leave a Reply'];
    });
    expect(problems).toEqual([expect.stringMatching(/^claims\[0\]\.validFromBasis/), expect.stringMatching(/^furniture\[0\]/)]);
  });

  it('reports a missing article', () => {
    expect(checkFixture(good, null)).toEqual(expect.arrayContaining([expect.stringMatching(/^article\.file: the article file is missing/)]));
  });
});

describe('intake fixture sets', () => {
  const words = (text: string): number => (text.match(/[A-Za-z0-9][\w'’%.,-]*/g) ?? []).length + (text.match(/\p{Script=Han}/gu) ?? []).length / 1.6;

  it('holds at least 12 articles, 5 of them held out and 3 in Chinese', () => {
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(all.filter((f) => f.set === 'held-out').length).toBeGreaterThanOrEqual(5);
    expect(all.filter((f) => /\p{Script=Han}{20}/u.test(f.article ?? '')).length).toBeGreaterThanOrEqual(3);
  });

  it('keeps every article between 150 and 900 words (a Chinese word counted as 1.6 characters)', () => {
    const outside = all.filter((f) => { const n = words(f.article ?? ''); return n < 150 || n > 900; }).map((f) => `${f.set}/${f.name}`);
    expect(outside).toEqual([]);
  });

  it('holds a second held-out set of 8 articles, 3 of them in Chinese', () => {
    const second = all.filter((f) => f.set === 'held-out-2');
    expect(second.length).toBe(8);
    expect(second.filter((f) => /\p{Script=Han}{20}/u.test(f.article ?? '')).length).toBe(3);
  });

  it('covers every format in every set', () => {
    for (const set of FIXTURE_SETS) {
      expect(new Set(all.filter((f) => f.set === set).map((f) => f.expected.article.format))).toEqual(new Set(['text', 'markdown', 'html']));
    }
  });
});
