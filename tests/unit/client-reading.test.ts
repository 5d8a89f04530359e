// The pure parts behind items 7–10 of the canvas issue: what the graph holds in words, the time
// histogram, merged quote cards and marks, the strongest quote of a traced step, and path sentences
// worded as the canvas labels links.
import { graphSummary, spanLabel } from '../../client/src/text/graphSummary';
import { groupByParagraph, markQuotes, names, strongestQuote } from '../../client/src/text/evidence';
import { canShowEverything, SHOW_EVERYTHING_MAX } from '../../client/src/api/graphStats';
import { linkYears } from '../../client/src/model/timeHistogram';
import { describePath, hopText } from '../../client/src/model/paths';
import { addSubgraph, toggleRelationType } from '../../client/src/model/actions';
import { EMPTY_STATE } from '../../client/src/model/types';
import { entity, link } from './client-fixtures';

const stats = {
  entities: 45, relationships: 42, sources: 5, datedRelationships: 17,
  linkDates: { from: '2016', to: '2025-09-26' }, sourceDates: { from: '2018-12-07', to: '2025-10-07' },
};

describe('graph summary', () => {
  it('says the counts and the spans of the links’ and sources’ dates', () => {
    expect(graphSummary(stats)).toEqual({
      counts: '45 entities · 42 links · 5 sources',
      span: '2016 – 26 Sep 2025',
      links: 'links dated 2016 – 26 Sep 2025 (17 of 42)',
      sources: 'sources published 7 Dec 2018 – 7 Oct 2025',
    });
  });

  it('says when nothing is dated, and gives one date when a span is a single day', () => {
    const none = graphSummary({ ...stats, relationships: 1, datedRelationships: 0, linkDates: { from: null, to: null }, sourceDates: { from: null, to: null } });
    expect(none.links).toBe('no link is dated');
    expect(none.sources).toBeNull();
    expect(spanLabel({ from: '2023-12', to: '2023-12' })).toBe('Dec 2023');
  });

  it('offers "show everything" up to the threshold only', () => {
    expect(canShowEverything({ entities: 45, relationships: 42 })).toBe(true);
    expect(canShowEverything({ entities: SHOW_EVERYTHING_MAX, relationships: 1 })).toBe(false);
  });
});

describe('time histogram', () => {
  const graph = addSubgraph(EMPTY_STATE, {
    nodes: [entity('a'), entity('b'), entity('c')],
    edges: [
      link('a-b', 'a', 'b', { validFrom: '2018', validTo: '2023-12' }),
      link('b-c', 'b', 'c', { validFrom: '2018-05-02' }),
      link('a-c', 'a', 'c', { type: 'ACQUIRED', validFrom: '2009' }),
      link('c-a', 'c', 'a'),
    ],
  });

  it('counts per year the shown links that start and end in it, and the undated apart', () => {
    const years = linkYears(graph, 2012, 2025);
    expect(years.bins).toHaveLength(14);
    const byYear = Object.fromEntries(years.bins.filter((b) => b.starts + b.ends > 0).map((b) => [b.year, [b.starts, b.ends]]));
    // 2009 is before the slider's first year: it counts in the first bin.
    expect(byYear).toEqual({ 2012: [1, 0], 2018: [2, 0], 2023: [0, 1] });
    expect(years.undated).toBe(1);
    expect(years.earliest).toBe(2009);
  });

  it('follows the legend: a type switched off is not counted', () => {
    const years = linkYears(toggleRelationType(graph, 'ACQUIRED'), 2012, 2025);
    expect(years.bins[0]).toEqual({ year: 2012, starts: 0, ends: 0 });
    expect(years.earliest).toBe(2018);
  });
});

describe('quote cards', () => {
  const src = { id: 's1' };
  const p1 = 'Before this, NIO used JAC. Without it, NIO cars were made by JAC. Later news.';
  const quotes = [
    { quote: 'Before this, NIO used JAC.', paragraph: p1, source: src },
    { quote: 'Another paragraph.', paragraph: 'Another paragraph.', source: src },
    { quote: 'Without it, NIO cars were made by JAC.', paragraph: p1, source: src },
    { quote: 'Before this, NIO used JAC.', paragraph: p1, source: { id: 's2' } },
  ];

  it('merges quotes of one paragraph of one source into one card, in order of their first quote', () => {
    const groups = groupByParagraph(quotes);
    expect(groups.map((g) => [g.source.id, g.quotes.length])).toEqual([['s1', 2], ['s1', 1], ['s2', 1]]);
  });

  it('marks every quote in its paragraph, white space aside, and leaves the rest plain', () => {
    const runs = markQuotes(p1, ['Without it,\n NIO cars were made by JAC.', 'Before this, NIO used JAC.', 'Not in it.']);
    expect(runs).toEqual([
      { text: 'Before this, NIO used JAC.', quote: 1 },
      { text: ' ', quote: null },
      { text: 'Without it, NIO cars were made by JAC.', quote: 0 },
      { text: ' Later news.', quote: null },
    ]);
  });

  it('marks an overlapping quote only where it does not overlap the one before', () => {
    expect(markQuotes('abc def ghi', ['abc def', 'def ghi'])).toEqual([{ text: 'abc def', quote: 0 }, { text: ' ghi', quote: 1 }]);
  });
});

describe('strongest quote of a step', () => {
  const nio = { name: 'NIO', aliases: ['蔚来'] };
  const jac = { name: 'JAC Motors', aliases: ['JAC', '江淮汽车'] };
  const q = (quote: string, stance: 'SUPPORTS' | 'CONTRADICTS' | 'QUALIFIES', kind: 'ARTICLE' | 'OUTLET' | 'PARTY' | 'OFFICIAL_RECORD' | 'ANONYMOUS') => ({ quote, stance, attribution: { kind } });

  it('prefers a supporting quote that names both ends, then the best attribution', () => {
    const quotes = [
      q('JAC denied building for NIO.', 'CONTRADICTS', 'PARTY'),
      q('The carmaker used a partner.', 'SUPPORTS', 'OFFICIAL_RECORD'),
      q('NIO cars were made by JAC, per Bloomberg.', 'SUPPORTS', 'OUTLET'),
      q('蔚来 used 江淮汽车 plants.', 'SUPPORTS', 'PARTY'),
    ];
    expect(strongestQuote(quotes, nio, jac)?.quote).toBe('蔚来 used 江淮汽车 plants.');
    expect(strongestQuote(quotes.slice(0, 3), nio, jac)?.quote).toBe('NIO cars were made by JAC, per Bloomberg.');
    expect(strongestQuote(quotes.slice(0, 2), nio, jac)?.quote).toBe('The carmaker used a partner.');
    expect(strongestQuote(quotes.slice(0, 1), nio, jac)?.stance).toBe('CONTRADICTS');
    expect(strongestQuote([], nio, jac)).toBeNull();
  });

  it('finds a name regardless of case', () => {
    expect(names('nio said so', nio)).toBe(true);
    expect(names('a partner said so', nio)).toBe(false);
  });
});

describe('path sentences', () => {
  it('word a step walked against its link as the canvas labels the link, and say it is reversed', () => {
    const state = addSubgraph(EMPTY_STATE, {
      nodes: [entity('xiaomi', { name: 'Xiaomi' }), entity('xiaomi-auto', { name: 'Xiaomi Auto' })],
      edges: [link('xa-sub-x', 'xiaomi-auto', 'xiaomi', { type: 'SUBSIDIARY_OF', label: 'is a subsidiary of' })],
    });
    const [hop] = describePath(state, { steps: [{ entityId: 'xiaomi', viaId: null, reversed: false }, { entityId: 'xiaomi-auto', viaId: 'xa-sub-x', reversed: true }] });
    expect(hop && hopText(hop)).toBe('Xiaomi Auto → is a subsidiary of → Xiaomi');
    expect(hop?.reversed).toBe(true);
    expect([hop?.from.name, hop?.to.name]).toEqual(['Xiaomi', 'Xiaomi Auto']);
  });
});
