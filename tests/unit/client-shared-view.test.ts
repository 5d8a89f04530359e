// A shared view is exact: the links the author had (no more), positions, selection; and it opens
// whatever its size, in batches the server accepts.
import { parse, validate } from 'graphql';
import { ApiError } from '../../client/src/api/graphql';
import { inBatches, smallerBatch } from '../../client/src/api/batches';
import { RECORDS_PER_REQUEST, byIdDocument } from '../../client/src/api/byId';
import { addNeighbourhood, addSubgraph, select, setPositions } from '../../client/src/model/actions';
import { EMPTY_STATE } from '../../client/src/model/types';
import { decodePositions, encodePositions } from '../../client/src/url/positions';
import { restoredState } from '../../client/src/url/restore';
import { EMPTY_VIEW, fromQuery, toQuery, viewOf } from '../../client/src/url/viewState';
import { missingNote, readerMessage } from '../../client/src/text/errors';
import { schemaShape } from '../../server/schema';
import { testConfig } from '../support/env';
import { entity, link, nioSubgraph } from './client-fixtures';

const tooLarge = (max: number, actual: number): ApiError => new ApiError('TOO_LARGE', 'over the limit', { limit: 'cost', max, actual });

describe('url/positions', () => {
  it('round-trips positions to the whole unit, negative ones included, in few characters', () => {
    const order = ['a', 'b', 'c'];
    const text = encodePositions(order, { a: { x: 12.4, y: -300.6 }, b: { x: -0.2, y: 1999 }, c: { x: 0, y: 0 } });
    expect(text).toMatch(/^[0-9a-z._-]+$/);
    expect(text.length).toBeLessThan(24);
    expect(decodePositions(order, text)).toEqual({ a: { x: 12, y: -301 }, b: { x: 0, y: 1999 }, c: { x: 0, y: 0 } });
  });

  it('leaves an empty slot for an entity with no position, and writes nothing when none has one', () => {
    const text = encodePositions(['a', 'b'], { b: { x: 5, y: 6 } });
    expect(decodePositions(['a', 'b'], text)).toEqual({ b: { x: 5, y: 6 } });
    expect(encodePositions(['a', 'b'], {})).toBe('');
  });

  it('drops every position when the list is malformed or does not match the entities', () => {
    expect(decodePositions(['a', 'b'], '1.2')).toEqual({});
    expect(decodePositions(['a'], '1.2.3')).toEqual({});
    expect(decodePositions(['a'], 'z!.2')).toEqual({});
    expect(decodePositions(['a'], null)).toEqual({});
  });
});

describe('url/viewState links and positions', () => {
  it('keeps the links the author had and where each entity sat', () => {
    let s = addNeighbourhood(EMPTY_STATE, ['nio'], nioSubgraph);
    s = setPositions(s, { nio: { x: 10, y: 20 }, jac: { x: -140, y: 75 }, miit: { x: 160, y: -90 } });
    const view = fromQuery(toQuery(viewOf(s)));
    expect(view.links).toEqual(['nio-approved-by-miit', 'nio-built-by-jac']);
    expect(view.positions).toEqual({ nio: { x: 10, y: 20 }, jac: { x: -140, y: 75 }, miit: { x: 160, y: -90 } });
  });

  it('tells a view with no links from an address that lists none', () => {
    const none = addSubgraph(EMPTY_STATE, { nodes: [entity('a')], edges: [] });
    expect(toQuery(viewOf(none))).toContain('r=');
    expect(fromQuery(toQuery(viewOf(none))).links).toEqual([]);
    expect(fromQuery('n=a,b').links).toBeNull();
    expect(toQuery(EMPTY_VIEW)).toBe('');
  });
});

describe('url/restore', () => {
  const found = {
    nodes: [entity('baic-bluepark'), entity('baic-group'), entity('baic-bjev')],
    edges: [
      link('bluepark-brand-of-bjev', 'baic-bluepark', 'baic-bjev'),
      link('bjev-subsidiary-of-group', 'baic-bjev', 'baic-group'),
      link('bluepark-brand-of-group', 'baic-bluepark', 'baic-group'),
    ],
  };

  it('draws exactly the links the view lists, not every link among its entities', () => {
    const view = { ...EMPTY_VIEW, entities: ['baic-bjev', 'baic-bluepark', 'baic-group'], links: ['bjev-subsidiary-of-group', 'bluepark-brand-of-bjev'] };
    const { state, missing } = restoredState(view, found);
    expect(Object.keys(state.relationships).sort()).toEqual(['bjev-subsidiary-of-group', 'bluepark-brand-of-bjev']);
    expect(missing).toEqual({ entities: 0, links: 0 });
  });

  it('draws every link found for an address that lists none', () => {
    const view = { ...EMPTY_VIEW, entities: ['baic-bjev', 'baic-bluepark', 'baic-group'] };
    expect(Object.keys(restoredState(view, found).state.relationships)).toHaveLength(3);
  });

  it('keeps positions and the selection, and counts what the graph no longer has', () => {
    const view = {
      ...EMPTY_VIEW,
      entities: ['baic-bjev', 'baic-bluepark', 'baic-group', 'gone'],
      links: ['bluepark-brand-of-bjev', 'vanished-link'],
      positions: { 'baic-bjev': { x: 1, y: 2 }, gone: { x: 3, y: 4 } },
      selection: { kind: 'edge' as const, id: 'bluepark-brand-of-bjev' },
      expanded: ['baic-bjev', 'gone'],
    };
    const { state, missing } = restoredState(view, found);
    expect(state.positions).toEqual({ 'baic-bjev': { x: 1, y: 2 } });
    expect(state.selection).toEqual({ kind: 'edge', id: 'bluepark-brand-of-bjev' });
    expect(state.expanded).toEqual(['baic-bjev']);
    expect(missing).toEqual({ entities: 1, links: 1 });
  });

  it('round-trips a state through the URL into the same entities, links, positions and selection', () => {
    let s = addNeighbourhood(EMPTY_STATE, ['nio'], nioSubgraph);
    s = setPositions(s, { nio: { x: 10, y: 20 }, jac: { x: -140, y: 75 } });
    s = select(s, { kind: 'node', id: 'jac' });
    const view = fromQuery(toQuery(viewOf(s)));
    const { state } = restoredState(view, { nodes: nioSubgraph.nodes, edges: [...nioSubgraph.edges, link('jac-approved-by-miit', 'jac', 'miit')] });
    expect(Object.keys(state.relationships).sort()).toEqual(Object.keys(s.relationships).sort());
    expect(state.positions).toEqual(s.positions);
    expect(state.selection).toEqual(s.selection);
    expect(state.expanded).toEqual(s.expanded);
  });
});

describe('api/batches', () => {
  it('sizes the next batch from the figures of the refusal, with headroom', () => {
    expect(smallerBatch(20, { limit: 'cost', max: 50_000, actual: 70_001 })).toBe(11);
    expect(smallerBatch(10, null)).toBe(5);
    expect(smallerBatch(2, { limit: 'aliases', max: 1, actual: 2 })).toBe(1);
  });

  it('splits a batch the server finds too large and still returns every result in order', async () => {
    const seen: number[] = [];
    const items = Array.from({ length: 20 }, (_, i) => i);
    // A server that accepts at most 6 items per request, and says so.
    const result = await inBatches(items, 10, (batch) => {
      seen.push(batch.length);
      return batch.length > 6 ? Promise.reject(tooLarge(6 * 100, batch.length * 100)) : Promise.resolve(batch.map((i) => i * 2));
    });
    expect(result).toEqual(items.map((i) => i * 2));
    expect(seen[0]).toBe(10);
    expect(Math.max(...seen.slice(1))).toBeLessThanOrEqual(6);
  });

  it('gives up on one item that is still too large, and on any other error', async () => {
    await expect(inBatches([1], 5, () => Promise.reject(tooLarge(1, 2)))).rejects.toMatchObject({ code: 'TOO_LARGE' });
    await expect(inBatches([1, 2], 5, () => Promise.reject(new ApiError('NETWORK', 'down')))).rejects.toMatchObject({ code: 'NETWORK' });
  });
});

describe('api/byId', () => {
  it('asks for each record under its own alias, ids as variables, with the fragments it spreads', () => {
    const doc = byIdDocument([{ kind: 'entity', id: 'nio' }, { kind: 'link', id: 'nio-built-by-jac' }]);
    expect(doc).toContain('query ViewRecords($v0: ID!, $v1: ID!)');
    expect(doc).toContain('v0: entity(id: $v0) { ...EntityFields }');
    expect(doc).toContain('v1: relationship(id: $v1) { ...LinkFields }');
    expect(doc).toContain('fragment EntityFields on Entity');
    expect(doc).toContain('fragment LinkFields on Relationship');
    expect(doc).not.toContain('nio-built-by-jac');
    expect(validate(schemaShape(), parse(doc)).map((e) => e.message)).toEqual([]);
    expect(validate(schemaShape(), parse(byIdDocument([{ kind: 'link', id: 'x' }]))).map((e) => e.message)).toEqual([]);
    // A full batch stays well inside the server's default document limits (tokens, aliases).
    const full = byIdDocument(Array.from({ length: RECORDS_PER_REQUEST }, (_, i) => ({ kind: i % 2 ? ('entity' as const) : ('link' as const), id: `x${i}` })));
    const limits = testConfig().limits;
    expect(() => parse(full, { maxTokens: limits.maxTokens * 0.6 })).not.toThrow();
    expect(RECORDS_PER_REQUEST).toBeLessThan(limits.maxAliases);
  });
});

describe('text/errors', () => {
  it('words every error for a reader, never with the server\'s message, and offers Retry only where it can work', () => {
    const codes = ['SERVICE_UNAVAILABLE', 'NETWORK', 'BAD_USER_INPUT', 'TOO_LARGE', 'NOT_FOUND', 'INTERNAL', 'ABORTED'] as const;
    for (const code of codes) {
      const error = new ApiError(code, 'The query would cost 52501; the limit is 50000: ask for smaller pages');
      const { title, detail } = readerMessage(error);
      expect(`${title} ${detail}`).not.toMatch(/cost|52501|smaller pages/);
      expect(title.length).toBeGreaterThan(0);
    }
    expect(codes.filter((c) => new ApiError(c, '').retryable)).toEqual(['SERVICE_UNAVAILABLE', 'NETWORK', 'INTERNAL']);
  });

  it('says what a shared view opened without', () => {
    expect(missingNote(0, 0)).toBeNull();
    expect(missingNote(1, 2)).toBe('This view opened without 1 entity and 2 links no longer in the graph');
  });
});
