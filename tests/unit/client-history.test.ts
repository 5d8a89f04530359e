import { addNeighbourhood, hideNodes, removeNodes, select, setDate, setPositions } from '../../client/src/model/actions';
import { HISTORY_LIMIT, canRedo, canUndo, commit, createHistory, redo, replacePresent, undo } from '../../client/src/model/history';
import { createGraphStore } from '../../client/src/model/store';
import { EMPTY_STATE } from '../../client/src/model/types';
import { nioSubgraph } from './client-fixtures';

describe('undo/redo history', () => {
  it('undoes and redoes whole states', () => {
    let h = createHistory(EMPTY_STATE);
    const added = addNeighbourhood(EMPTY_STATE, ['nio'], nioSubgraph);
    h = commit(h, added, 'Expand NIO');
    h = commit(h, removeNodes(added, ['jac']), 'Remove JAC');
    expect(h.present.state.entities.jac).toBeUndefined();
    h = undo(h);
    expect(h.present.state.entities.jac).toBeDefined();
    expect(h.present.label).toBe('Expand NIO');
    h = undo(h);
    expect(h.present.state.entities).toEqual({});
    expect(canUndo(h)).toBe(false);
    h = redo(redo(h));
    expect(h.present.state.entities.jac).toBeUndefined();
    expect(canRedo(h)).toBe(false);
  });

  it('a new action after undo drops the redo branch', () => {
    let h = commit(createHistory(EMPTY_STATE), addNeighbourhood(EMPTY_STATE, ['nio'], nioSubgraph), 'Expand');
    h = undo(h);
    h = commit(h, setDate(h.present.state, '2020-01-01'), 'Date');
    expect(canRedo(h)).toBe(false);
  });

  it('folds consecutive steps with the same coalesce key into one (dragging the date slider)', () => {
    let h = createHistory(EMPTY_STATE);
    for (const d of ['2020-01-01', '2020-02-01', '2020-03-01']) h = commit(h, setDate(h.present.state, d), 'Date', { coalesceKey: 'date' });
    expect(h.past).toHaveLength(1);
    expect(undo(h).present.state.asOf).toBeNull();
  });

  it('does not record selection or settled positions; carries the selection across undo', () => {
    let h = commit(createHistory(EMPTY_STATE), addNeighbourhood(EMPTY_STATE, ['nio'], nioSubgraph), 'Expand');
    h = replacePresent(h, setPositions(h.present.state, { nio: { x: 1, y: 1 } }));
    h = commit(h, setDate(h.present.state, '2020-01-01'), 'Date');
    h = replacePresent(h, select(h.present.state, { kind: 'node', id: 'nio' }));
    expect(h.past).toHaveLength(2);
    h = undo(h);
    expect(h.present.state.asOf).toBeNull();
    expect(h.present.state.selection).toEqual({ kind: 'node', id: 'nio' });
    h = undo(h);
    expect(h.present.state.selection).toBeNull();
  });

  it('gives a step back its selection when undoing what dropped it, and never selects a hidden entity', () => {
    let h = commit(createHistory(EMPTY_STATE), addNeighbourhood(EMPTY_STATE, ['nio'], nioSubgraph), 'Expand');
    h = replacePresent(h, select(h.present.state, { kind: 'node', id: 'jac' }));
    h = commit(h, hideNodes(h.present.state, ['jac']), 'Hide JAC');
    expect(h.present.state.selection).toBeNull();
    h = undo(h);
    expect(h.present.state.selection).toEqual({ kind: 'node', id: 'jac' });
    h = redo(h);
    expect(h.present.state.selection).toBeNull();
    h = undo(h);
    expect(h.present.state.selection).toEqual({ kind: 'node', id: 'jac' });
  });

  it('keeps the selection through redo when the redone step still has the element', () => {
    let h = commit(createHistory(EMPTY_STATE), addNeighbourhood(EMPTY_STATE, ['nio'], nioSubgraph), 'Expand');
    h = commit(h, setDate(h.present.state, '2020-01-01'), 'Date');
    h = undo(h);
    h = replacePresent(h, select(h.present.state, { kind: 'edge', id: 'nio-built-by-jac' }));
    h = redo(h);
    expect(h.present.state.asOf).toBe('2020-01-01');
    expect(h.present.state.selection).toEqual({ kind: 'edge', id: 'nio-built-by-jac' });
  });

  it('undoes a drag: positions belong to their step', () => {
    let h = commit(createHistory(EMPTY_STATE), addNeighbourhood(EMPTY_STATE, ['nio'], nioSubgraph), 'Expand');
    h = replacePresent(h, setPositions(h.present.state, { nio: { x: 1, y: 1 }, jac: { x: 5, y: 5 } }));
    h = commit(h, setPositions(h.present.state, { nio: { x: 100, y: 50 } }), 'Move NIO');
    expect(undo(h).present.state.positions.nio).toEqual({ x: 1, y: 1 });
    expect(redo(undo(h)).present.state.positions.nio).toEqual({ x: 100, y: 50 });
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    let h = createHistory(EMPTY_STATE);
    for (let i = 0; i < HISTORY_LIMIT + 20; i += 1) h = commit(h, setDate(h.present.state, `2000-01-${String((i % 28) + 1).padStart(2, '0')}`), `d${i}`);
    expect(h.past.length).toBe(HISTORY_LIMIT);
  });

  it('the store notifies subscribers and ignores no-op actions', () => {
    const store = createGraphStore();
    const seen: number[] = [];
    const stop = store.subscribe(() => seen.push(Object.keys(store.getState().entities).length));
    store.apply('Expand NIO', (s) => addNeighbourhood(s, ['nio'], nioSubgraph));
    store.apply('Nothing', (s) => s);
    store.undo();
    store.redo();
    stop();
    store.undo();
    expect(seen).toEqual([3, 0, 3]);
    expect(store.getHistory().past).toHaveLength(0);
  });
});
