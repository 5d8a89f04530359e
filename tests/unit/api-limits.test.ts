import { getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { testConfig } from '../support/env';
import { ErrorCode } from '../../server/errors';
import { aliasLimitRule, checkCost, countAliases, depthLimitRule, estimateCost, selectionDepth } from '../../server/limits';
import { fragmentsOf, operationsOf } from '../../server/limits/walk';
import { schemaShape } from '../../server/schema';

const schema = schemaShape();
const limits = testConfig().limits;

function opOf(query: string): { depth: number; aliases: number } {
  const doc = parse(query);
  const [op] = operationsOf(doc);
  if (!op) throw new Error('no operation');
  return { depth: selectionDepth(op.selectionSet, fragmentsOf(doc)), aliases: countAliases(op.selectionSet, fragmentsOf(doc)) };
}

describe('query depth', () => {
  it('counts nesting through fragments and inline fragments', () => {
    expect(opOf('{ stats { entities } }').depth).toBe(2);
    expect(opOf('{ entity(id: "nio") { ...F } } fragment F on Entity { relationships { edges { node { ... on Relationship { from { id } } } } } }').depth).toBe(6);
  });

  it('ignores introspection, so GraphiQL and notebooks can read the schema', () => {
    expect(validate(schema, parse(getIntrospectionQuery()), [depthLimitRule(3), aliasLimitRule(0)])).toEqual([]);
  });

  it('reports BAD_USER_INPUT with the limit when an operation is deeper than allowed', () => {
    const errors = validate(schema, parse('{ entity(id: "x") { relationships { edges { node { id } } } } }'), [depthLimitRule(4)]);
    expect(errors.map((e) => [e.message, e.extensions])).toEqual([
      ['Query depth 5 exceeds the limit of 4; ask for fewer nested levels', { code: ErrorCode.BAD_USER_INPUT, limit: 'depth', max: 4, actual: 5, http: { status: 400 } }],
    ]);
  });

  it('survives a fragment cycle (the standard rules report it)', () => {
    const errors = validate(schema, parse('{ entity(id: "x") { ...A } } fragment A on Entity { relationships { edges { node { from { ...A } } } } }'), [...specifiedRules, depthLimitRule(100)]);
    expect(errors.map((e) => e.message)).toEqual(['Cannot spread fragment "A" within itself.']);
  });
});

describe('aliases', () => {
  it('counts aliases in fragments each time the fragment is spread', () => {
    expect(opOf('{ a: stats { n: entities } b: stats { ...S } } fragment S on Stats { m: sources }').aliases).toBe(4);
  });

  it('rejects more aliases than the limit, saying so', () => {
    const query = `{ ${Array.from({ length: 4 }, (_, i) => `a${i}: stats { entities }`).join(' ')} }`;
    expect(validate(schema, parse(query), [aliasLimitRule(4)])).toEqual([]);
    const [error] = validate(schema, parse(query), [aliasLimitRule(3)]);
    expect(error?.message).toBe('The query uses 4 aliases; the limit is 3');
    expect(error?.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, limit: 'aliases', max: 3, actual: 4 });
  });
});

describe('query cost', () => {
  const cost = (query: string, variables?: Record<string, unknown>): number => estimateCost(schema, parse(query), undefined, variables, limits);

  it('multiplies a page by its first, defaulting to the schema default', () => {
    expect(cost('{ relationships(first: 10) { edges { node { id from { id } } } } }')).toBe(10 * (1 + 1 * (1 + 1 + 1 + 2)));
    expect(cost('{ relationships { totalCount } }')).toBe(100 * 2);
  });

  it('guesses a link\'s context sentences as 2 and its quotes as 5, an attribution being one object per quote', () => {
    expect(cost('{ relationship(id: "x") { context { quote } } }')).toBe(1 + 2 * (1 + 1));
    expect(cost('{ relationship(id: "x") { evidence { quote } } }')).toBe(1 + 5 * (1 + 1));
    expect(cost('{ relationship(id: "x") { evidence { attribution { kind } } } }')).toBe(1 + 5 * (1 + 1 + 1));
  });

  it('reads first from variables', () => {
    expect(cost('query($n: Int) { relationships(first: $n) { totalCount } }', { n: 7 })).toBe(14);
  });

  it('clamps an out-of-range first, so that the argument check gives the clearer error', () => {
    expect(cost('{ relationships(first: 100000) { totalCount } }')).toBe(limits.maxPageSize * 2);
  });

  it('sizes paths by first and maxHops, and neighbourhoods by limit to the depth, capped', () => {
    expect(cost('{ paths(from: "a", to: "b", first: 2, maxHops: 3) { steps { entity { id } } } }')).toBe(2 * (1 + 4 * (1 + 2)));
    expect(cost('{ neighbourhood(ids: ["a"], depth: 2, limit: 10) { nodes { id } } }')).toBe(1 + 100 * 2);
    expect(cost('{ neighbourhood(ids: ["a"], depth: 3, limit: 1000) { nodes { id } } }')).toBe(1 + limits.maxSubgraphNodes * 2);
  });

  it('costs what the resolvers read when the selection asks for less: __typename under a neighbourhood, paths or a page', () => {
    const ids = JSON.stringify(Array.from({ length: 46 }, (_, i) => `e${i}`));
    expect(cost(`{ neighbourhood(ids: ${ids}, depth: 3, limit: 1000) { __typename } }`)).toBe(2 * limits.maxSubgraphNodes);
    expect(cost('{ paths(from: "a", to: "b", first: 2, maxHops: 3) { __typename } }')).toBe(2 * 4);
    expect(cost('{ relationships(first: 500) { __typename } }')).toBe(500);
    const attack = `{ ${Array.from({ length: 30 }, (_, i) => `n${i}: neighbourhood(ids: ${ids}, depth: 3, limit: 1000) { __typename }`).join(' ')} }`;
    expect(() => checkCost(schema, parse(attack), undefined, {}, limits)).toThrow(/exceeds the limit/);
  });

  it('throws BAD_USER_INPUT naming the limit when over it', () => {
    const nested = '{ relationships(first: 1000) { edges { node { from { relationships(first: 100) { totalCount } } } } } }';
    let ext: Record<string, unknown> = {};
    try { checkCost(schema, parse(nested), undefined, {}, limits); } catch (err) { ext = (err as { extensions: Record<string, unknown> }).extensions; }
    expect(ext).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, limit: 'cost', max: limits.maxCost });
    expect(() => checkCost(schema, parse('{ relationships(first: 1000) { edges { node { id } } } }'), undefined, {}, limits)).not.toThrow();
  });
});

describe('limit walks', () => {
  it('count every aliased field that spreads a shared chain of fragments', () => {
    const frags = Array.from({ length: 12 }, (_, i) =>
      i === 11 ? `fragment F${i} on Stats { entities }` : `fragment F${i} on Stats { ...F${i + 1} }`).join('\n');
    const doc = `{ ${Array.from({ length: 30 }, (_, i) => `s${i}: stats { ...F0 }`).join(' ')} } ${frags}`;
    expect(opOf(doc)).toEqual({ depth: 2, aliases: 30 });
  });

  it('collect a fragment spread twice in one selection once, as execution does, even forty levels deep', () => {
    // Forty levels of doubled spreads are 2^40 walks unless each fragment is collected once and
    // memoised: a regression would never finish (the test times out) rather than run slowly.
    const frags = Array.from({ length: 40 }, (_, i) =>
      i === 39 ? `fragment F${i} on Stats { entities }` : `fragment F${i} on Stats { ...F${i + 1} ...F${i + 1} }`).join('\n');
    expect(opOf(`{ s: stats { ...F0 } } ${frags}`)).toEqual({ depth: 2, aliases: 1 });
    expect(cost2(`{ s: stats { ...F0 } } ${frags}`)).toBe(2);
  });
});

function cost2(query: string): number {
  return estimateCost(schema, parse(query), undefined, {}, limits);
}
