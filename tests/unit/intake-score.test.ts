// The intake benchmark's scorer on hand-made candidates: matching by ends and type, recall and
// precision by type, the fields judged among matches, the verbatim check, new entities, furniture.
import { endMatches, furnitureLeft, linkMatches, median, scoreArticle, scoreNewEntities, sumScores } from '../../bench/intake/score';
import type { ExpectedLink } from '../../bench/intake/score';
import type { ClaimCandidate, ClaimEnd, EntityCandidate } from '../../server/intake/types';

const text = 'Acme Motors builds the cars of Bolt. Bolt is in talks with Acme. Acme runs the Riverside plant.';
const sentence = (n: number): { start: number; end: number; quote: string } => {
  const parts = [...text.matchAll(/[^.]+\./g)];
  const m = parts[n]!;
  const start = m.index + (m[0].length - m[0].trimStart().length);
  return { start, end: m.index + m[0].length, quote: m[0].trim() };
};
const known = (id: string): ClaimEnd => ({ key: id, name: id, entityId: id });
const fresh = (name: string): ClaimEnd => ({ key: `new:${name}`, name, entityId: null });

function candidate(from: ClaimEnd, type: ClaimCandidate['type'], to: ClaimEnd, n: number, extra: Partial<ClaimCandidate> = {}): ClaimCandidate {
  return {
    key: `c${n}`, from, to, type, status: 'CONFIRMED', stance: 'SUPPORTS', ...sentence(n), sentence: n,
    attribution: { kind: 'ARTICLE' }, existing: null, contradicts: null, score: 0.8, why: 'test', cues: [], ...extra,
  };
}
const want = (from: ExpectedLink['from'], type: ExpectedLink['type'], to: ExpectedLink['to'], quoteIncludes: string, extra: Partial<ExpectedLink> = {}): ExpectedLink => ({
  from, to, type, status: 'CONFIRMED', attribution: 'ARTICLE', existing: null, contradicts: null, quoteIncludes, label: `${type} ${quoteIncludes}`, ...extra,
});

const builtBy = want({ id: 'bolt' }, 'BUILT_BY', { id: 'acme' }, 'builds the cars of Bolt');
const talks = want({ id: 'acme' }, 'IN_TALKS_WITH', { id: 'bolt' }, 'in talks with', { status: 'RUMOURED', existing: 'acme-bolt-talks' });
const runs = want({ id: 'acme' }, 'OPERATES', { names: ['riverside plant', 'the riverside plant'] }, 'runs the Riverside plant', { validFrom: { value: '2020', basis: 'STATED' } });

describe('intake score', () => {
  it('matches a known end by entity id and a new end by folded name', () => {
    expect(endMatches({ id: 'acme' }, known('acme'))).toBe(true);
    expect(endMatches({ id: 'acme' }, known('bolt'))).toBe(false);
    expect(endMatches({ names: ['riverside plant'] }, fresh('Riverside  Plant'))).toBe(true);
    // A new entity's name is not matched by a graph entity of the same name.
    expect(endMatches({ names: ['riverside plant'] }, { ...fresh('Riverside Plant'), entityId: 'x' })).toBe(false);
  });

  it('needs the direction except for IN_TALKS_WITH', () => {
    expect(linkMatches(builtBy, candidate(known('bolt'), 'BUILT_BY', known('acme'), 0))).toBe(true);
    expect(linkMatches(builtBy, candidate(known('acme'), 'BUILT_BY', known('bolt'), 0))).toBe(false);
    expect(linkMatches(builtBy, candidate(known('bolt'), 'ACQUIRED', known('acme'), 0))).toBe(false);
    expect(linkMatches(talks, candidate(known('bolt'), 'IN_TALKS_WITH', known('acme'), 1))).toBe(true);
  });

  it('counts recall, precision and the fields among matches, by type', () => {
    const s = scoreArticle({
      text,
      expected: [builtBy, talks, runs],
      candidates: [
        candidate(known('bolt'), 'BUILT_BY', known('acme'), 0),
        candidate(known('bolt'), 'IN_TALKS_WITH', known('acme'), 1, { status: 'REPORTED', existing: 'acme-bolt-talks' }),
        candidate(known('acme'), 'ACQUIRED', fresh('Riverside plant'), 2),
      ],
    });
    expect([s.expected, s.found, s.foundInSentence, s.candidates, s.right]).toEqual([3, 2, 2, 3, 2]);
    expect(s.byType.BUILT_BY).toEqual({ expected: 1, found: 1, candidates: 1, right: 1 });
    expect(s.byType.OPERATES).toEqual({ expected: 1, found: 0, candidates: 0, right: 0 });
    expect(s.byType.ACQUIRED).toEqual({ expected: 0, found: 0, candidates: 1, right: 0 });
    expect(s.fields.status).toEqual({ right: 1, total: 2 });
    expect(s.fields.existing).toEqual({ right: 2, total: 2 });
    expect(s.fields.dates).toEqual({ right: 0, total: 0 });
    expect(s.misses).toEqual([runs.label]);
    expect(s.wrong).toEqual(['acme ACQUIRED "Riverside plant" (s2)']);
  });

  it('judges the fields on the candidate from the expected sentence, and counts a match from another sentence apart', () => {
    const s = scoreArticle({
      text,
      expected: [runs],
      candidates: [
        candidate(known('acme'), 'OPERATES', fresh('Riverside plant'), 0, { validFrom: '2019', validFromBasis: 'STATED' }),
        candidate(known('acme'), 'OPERATES', fresh('Riverside plant'), 2, { validFrom: '2020', validFromBasis: 'STATED' }),
      ],
    });
    expect([s.found, s.foundInSentence, s.right]).toEqual([1, 1, 2]);
    expect(s.fields.dates).toEqual({ right: 1, total: 1 });
    const elsewhere = scoreArticle({ text, expected: [runs], candidates: [candidate(known('acme'), 'OPERATES', fresh('Riverside plant'), 0)] });
    expect([elsewhere.found, elsewhere.foundInSentence]).toEqual([1, 0]);
  });

  it('accepts a candidate for an acceptable link without counting it as recall', () => {
    const s = scoreArticle({ text, expected: [], acceptable: [{ from: { id: 'bolt' }, to: { id: 'acme' }, type: 'BUILT_BY' }], candidates: [candidate(known('bolt'), 'BUILT_BY', known('acme'), 0)] });
    expect([s.expected, s.found, s.right]).toEqual([0, 0, 1]);
  });

  it('reports a quote that is not the exact slice of the text', () => {
    const bad = candidate(known('bolt'), 'BUILT_BY', known('acme'), 0, { quote: 'Acme Motors builds the cars of Bolt' });
    const s = scoreArticle({ text, expected: [builtBy], candidates: [bad, candidate(known('bolt'), 'BUILT_BY', known('acme'), 0)] });
    expect(s.notVerbatim).toEqual(['bolt BUILT_BY acme (s0)']);
  });

  it('adds scores up', () => {
    const one = scoreArticle({ text, expected: [builtBy], candidates: [candidate(known('bolt'), 'BUILT_BY', known('acme'), 0)] });
    const two = scoreArticle({ text, expected: [runs], candidates: [] });
    const sum = sumScores([one, two]);
    expect([sum.expected, sum.found, sum.candidates, sum.right]).toEqual([2, 1, 1, 1]);
    expect(sum.byType.OPERATES?.expected).toBe(1);
    expect(sum.misses).toEqual([runs.label]);
  });

  it('scores new entities by name or alias and their kind', () => {
    const entity = (name: string, kind: EntityCandidate['kind'], entityId: string | null = null, aliases: string[] = []): EntityCandidate =>
      ({ key: `new:${name}`, name, entityId, kind, aliases, mentions: 1, score: 0.5, why: '' });
    const s = scoreNewEntities(
      [{ names: ['riverside plant'], kind: 'PLANT' }, { names: ['jo bloggs'], kind: 'PERSON' }, { names: ['acme'], kind: 'AUTOMAKER' }],
      [entity('Riverside Plant', 'PLANT'), entity('Joe', 'AGENCY', null, ['Jo Bloggs']), entity('Acme', 'AUTOMAKER', 'acme')],
    );
    expect(s).toEqual({ expected: 3, found: 2, kindRight: 1, missing: ['acme'] });
  });

  it('finds furniture left in the cleaned text, white space folded', () => {
    expect(furnitureLeft(['Leave a Reply', 'Share on  X'], 'Body.\n\nShare on\nX')).toEqual(['Share on  X']);
  });

  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
