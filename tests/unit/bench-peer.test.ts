// The @neo4j/graphql peer's pure parts: its type definitions build a schema the library accepts,
// every query written for it validates against that schema, every bench operation gets a query or a
// reason, and the answer checks tell the same answers from different ones.
import { Neo4jGraphQL } from '@neo4j/graphql';
import { parse, validate } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { RELATION_TYPES } from '#vocabulary';
import { generateGraph } from '../../bench/generate';
import { buildOperations } from '../../bench/operations';
import { compareAnswers, peerLinks, peerSubgraph } from '../../bench/peer-compare';
import { buildPeerPlans, peerSamples } from '../../bench/peer-operations';
import { LINK_FIELDS, OUT_FIELDS, PEER_TYPE_DEFS } from '../../bench/peer-schema';
import { connections, neighbourhoodQuery, offsetCursor } from '../../bench/peer-queries';
import { pickSamples } from '../../bench/samples';

const graph = generateGraph(400, 7).summary;
const samples = pickSamples(graph, 7);
const ops = buildOperations(samples);
const plans = buildPeerPlans(ops, samples, peerSamples(graph, samples));

let driver: Driver;
let schema: GraphQLSchema;
beforeAll(async () => {
  // Building the schema needs a driver object but never connects.
  driver = neo4j.driver('bolt://127.0.0.1:1');
  schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver, features: { filters: { String: { GT: true } } } }).getSchema();
});
afterAll(() => driver.close());

/** A link as it appears in a peer connection edge. */
const edge = (id: string, node: Record<string, unknown>): Record<string, unknown> => ({ properties: { id, status: 'CONFIRMED' }, node });

describe('bench peer schema', () => {
  it('has an out and an in field for every relation type', () => {
    expect(LINK_FIELDS).toHaveLength(2 * Object.keys(RELATION_TYPES).length);
    expect(OUT_FIELDS.map((f) => f.type)).toEqual(Object.keys(RELATION_TYPES));
    expect(LINK_FIELDS.slice(0, 2).map((f) => f.field)).toEqual(['builtByOut', 'builtByIn']);
    expect(new Set(LINK_FIELDS.map((f) => f.field)).size).toBe(LINK_FIELDS.length);
  });

  it('validates every peer query against the schema @neo4j/graphql generates', () => {
    const runnable = plans.flatMap((p) => (p.op ? [p.op] : []));
    expect(runnable.length).toBeGreaterThan(20);
    for (const op of runnable) expect([op.name, validate(schema, parse(op.query)).map((e) => e.message)]).toEqual([op.name, []]);
  });
});

describe('bench peer queries', () => {
  it('nests one fragment per level of a neighbourhood, each selecting all 26 connections', () => {
    const q = neighbourhoodQuery(2);
    expect(q).toContain('...Level2');
    expect(q.match(/^fragment Level\d/gm)).toEqual(['fragment Level0', 'fragment Level1', 'fragment Level2']);
    expect(q.match(/Connection\(first: \$limit/g)).toHaveLength(2 * LINK_FIELDS.length);
    expect(() => neighbourhoodQuery(0)).toThrow('depth');
  });

  it('writes a connection per field with its arguments, or none', () => {
    expect(connections(OUT_FIELDS.slice(0, 2), 'first: 1', 'totalCount')).toBe('builtByOutConnection(first: 1) { totalCount }\n    acquiredOutConnection(first: 1) { totalCount }');
    expect(connections(OUT_FIELDS.slice(0, 1), '', 'totalCount')).toBe('builtByOutConnection { totalCount }');
  });

  it("makes graphql-relay's offset cursors", () => {
    expect(Buffer.from(offsetCursor(41), 'base64').toString()).toBe('arrayconnection:41');
  });

  it('gives every bench operation a peer query or a reason, depth 3, paths and stats a reason', () => {
    expect(plans.map((p) => p.name)).toEqual(ops.map((o) => o.name));
    const unsupported = plans.filter((p) => p.op === null).map((p) => p.name);
    const depth3 = ops.filter((o) => /depth 3/.test(o.name)).map((o) => o.name);
    expect(unsupported).toEqual([...depth3, ...ops.filter((o) => o.name.startsWith('paths')).map((o) => o.name), 'stats']);
    const hubLinks = plans.find((p) => p.name === 'Entity.relationships hub deep page');
    expect(hubLinks?.op?.variables(0)).toEqual({ id: samples.hub.id, after: expect.stringMatching(/-/) as unknown });
  });
});

describe('bench peer compare', () => {
  const leaf = { id: 'leaf', name: 'Leaf', builtByOutConnection: { totalCount: 1, edges: [edge('leaf-built-by-hub', { id: 'hub', builtByInConnection: { totalCount: 2, edges: [edge('leaf-built-by-hub', { id: 'leaf' }), edge('x-built-by-hub', { id: 'x' })] } })] } };

  it('merges an entity\'s connections by link id and walks a nested answer', () => {
    const hub = { holdsRoleAtInConnection: { totalCount: 9, edges: [edge('b', { id: 'p' })] }, approvedByInConnection: { totalCount: 3, edges: [edge('c', { id: 'q' }), edge('a', { id: 'r' })] } };
    expect(peerLinks(hub).map((l) => l.id)).toEqual(['a', 'b', 'c']);
    const sub = peerSubgraph(leaf);
    expect([...sub.nodes].sort()).toEqual(['hub', 'leaf', 'x']);
    expect([...sub.edges].sort()).toEqual(['leaf-built-by-hub', 'x-built-by-hub']);
  });

  it("accepts a peer neighbourhood that holds Linkage's and refuses one that lacks a link", () => {
    const linkage = { neighbourhood: { nodes: [{ id: 'leaf' }, { id: 'hub' }], edges: [{ id: 'leaf-built-by-hub' }] } };
    expect(compareAnswers('neighbourhood', linkage, { entities: [leaf] })).toEqual({ same: true, detail: expect.stringContaining("the peer's hold all of Linkage's") as unknown });
    const more = { neighbourhood: { nodes: [{ id: 'leaf' }, { id: 'y' }], edges: [{ id: 'leaf-owns-y' }] } };
    expect(compareAnswers('neighbourhood', more, { entities: [leaf] }).same).toBe(false);
  });

  it('compares degree and counts by type of an entity', () => {
    const linkage = { entity: { name: 'Hub', degree: 3, counts: [{ type: 'BUILT_BY', count: 3 }] } };
    const peer = { entities: [{ name: 'Hub', builtByOutConnection: { totalCount: 1 }, builtByInConnection: { totalCount: 2 }, acquiredOutConnection: { totalCount: 0 } }] };
    expect(compareAnswers('entity', linkage, peer).same).toBe(true);
    expect(compareAnswers('entity', { entity: { ...linkage.entity, degree: 4 } }, peer).same).toBe(false);
  });

  it("finds Linkage's relationship page as a run of the peer's links, in order", () => {
    const page = (ids: string[]): unknown => ({ relationships: { edges: ids.map((id) => ({ node: { id } })) } });
    const peer = { entitiesConnection: { edges: [{ node: { id: 'a', builtByOutConnection: { edges: [edge('a1', {}), edge('a2', {})] } } }, { node: { id: 'b', issuedOutConnection: { edges: [edge('b1', {})] } } }] } };
    expect(compareAnswers('relationships-page', page(['a2', 'b1']), peer).same).toBe(true);
    expect(compareAnswers('relationships-page', page(['b1', 'a2']), peer).same).toBe(false);
  });

  it("takes a source's quotes, made distinct, as a prefix of Linkage's links", () => {
    const linkage = { source: { relationships: { totalCount: 3, edges: [{ node: { id: 'r1' } }, { node: { id: 'r2' } }, { node: { id: 'r3' } }] } } };
    const quotes = (ids: string[]): unknown => ({ sources: [{ evidenceConnection: { totalCount: ids.length, edges: ids.map((relId) => ({ node: { relId } })) } }] });
    expect(compareAnswers('source-links', linkage, quotes(['r1', 'r1', 'r2'])).same).toBe(true);
    expect(compareAnswers('source-links', linkage, quotes(['r2'])).same).toBe(false);
  });

  it('reports the top search hit and the overlap', () => {
    const linkage = { search: [{ entity: { id: 'a' } }, { entity: { id: 'b' } }] };
    const peer = (ids: string[]): unknown => ({ entitySearch: { edges: ids.map((id) => ({ node: { id } })) } });
    expect(compareAnswers('search', linkage, peer(['a', 'c']))).toEqual({ same: true, detail: expect.stringContaining("1 of Linkage's 2") as unknown });
    expect(compareAnswers('search', linkage, peer(['b', 'a'])).same).toBe(false);
  });
});
