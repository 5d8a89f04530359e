// Selecting several entities, revealing the links among them, and moving the selection with the
// keyboard by position and from link to link (model/selectMany.ts).
import { addSubgraph, hideNodes, select, setPositions } from '../../client/src/model/actions';
import {
  linksToReveal, revealLinksAmong, selectAdjacentLink, selectAllEntities, selectedEntities, selectEntities, selectToward, togglePicked,
} from '../../client/src/model/selectMany';
import { EMPTY_STATE } from '../../client/src/model/types';
import type { GraphState } from '../../client/src/model/types';
import { entity, link } from './client-fixtures';

const nodes = ['a', 'b', 'c', 'd', 'e'].map((id) => entity(id));
/** a in the middle; b right, c below, d up-left, e far right and a little down. */
const grid = (): GraphState =>
  setPositions(addSubgraph(EMPTY_STATE, { nodes, edges: [link('a-b', 'a', 'b'), link('a-c', 'a', 'c'), link('d-e', 'd', 'e')] }), {
    a: { x: 0, y: 0 }, b: { x: 100, y: 0 }, c: { x: 0, y: 100 }, d: { x: -80, y: -90 }, e: { x: 300, y: 60 },
  });
const at = (s: GraphState): string | null => s.selection?.id ?? null;

describe('model/selectMany', () => {
  it('adds and removes entities with Shift+click, the side panel keeping the first', () => {
    let s = select(grid(), { kind: 'node', id: 'a' });
    s = togglePicked(s, 'c');
    s = togglePicked(s, 'e');
    expect(selectedEntities(s)).toEqual(['a', 'c', 'e']);
    expect(at(s)).toBe('a');
    s = togglePicked(s, 'a');
    expect([at(s), selectedEntities(s)]).toEqual(['c', ['c', 'e']]);
    // A plain selection ends the multiple one.
    expect(selectedEntities(select(s, { kind: 'node', id: 'b' }))).toEqual(['b']);
    expect(togglePicked(s, 'unknown')).toBe(s);
  });

  it('leaves hidden entities out of the selection, and selects every drawn one on Ctrl+A', () => {
    const s = hideNodes(selectEntities(grid(), ['a', 'b', 'c']), ['b']);
    expect(selectedEntities(s)).toEqual(['a', 'c']);
    expect(selectedEntities(selectAllEntities(hideNodes(grid(), ['d'])))).toEqual(['a', 'b', 'c', 'e']);
    expect(selectEntities(grid(), []).selection).toBeNull();
  });

  it('reveals only the links among the selected, not the entities or links the fetch brings along', () => {
    const s = addSubgraph(EMPTY_STATE, { nodes, edges: [] });
    const fetched = { nodes: [...nodes, entity('x')], edges: [link('a-b', 'a', 'b'), link('b-c', 'b', 'c'), link('a-x', 'a', 'x'), link('a-d', 'a', 'd')] };
    const ids = ['a', 'b', 'c'];
    expect(linksToReveal(s, ids, fetched)).toBe(2);
    const next = revealLinksAmong(s, ids, fetched);
    expect(Object.keys(next.relationships).sort()).toEqual(['a-b', 'b-c']);
    expect(Object.keys(next.entities).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    // Nothing new: the state is returned as it was, so no empty undo step is recorded.
    expect(revealLinksAmong(next, ids, fetched)).toBe(next);
    expect(linksToReveal(next, ids, fetched)).toBe(0);
  });

  it('moves to the nearest entity in an arrow’s direction, straight ahead before off to the side', () => {
    const s = select(grid(), { kind: 'node', id: 'a' });
    expect(at(selectToward(s, 'right'))).toBe('b');
    expect(at(selectToward(s, 'down'))).toBe('c');
    expect(at(selectToward(s, 'up'))).toBe('d');
    expect(at(selectToward(select(s, { kind: 'node', id: 'b' }), 'right'))).toBe('e');
    // Nothing further that way: the selection stays.
    const e = select(s, { kind: 'node', id: 'e' });
    expect(selectToward(e, 'right')).toBe(e);
    // With nothing selected the arrows start at the top left.
    expect(at(selectToward(grid(), 'right'))).toBe('d');
  });

  it('steps through links: first the selected entity’s, then all drawn links in reading order', () => {
    const s = select(grid(), { kind: 'node', id: 'c' });
    expect(at(selectAdjacentLink(s, 1))).toBe('a-c');
    const first = selectAdjacentLink(grid(), 1);
    expect(at(first)).toBe('a-b');
    expect(at(selectAdjacentLink(first, 1))).toBe('a-c');
    expect(at(selectAdjacentLink(first, -1))).toBe('d-e');
  });
});
