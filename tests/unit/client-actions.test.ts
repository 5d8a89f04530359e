// The action table: one entry per reader action, each shortcut bound once, every undoable action an
// undo step named by the table, and every model change pure.
import { commit, isModelAction, stepName } from '../../client/src/app/action';
import type { AnyAction, ModelAction } from '../../client/src/app/action';
import { ACTIONS } from '../../client/src/app/actionTable';
import { KEY_SCOPES, actionForKey } from '../../client/src/app/keyBindings';
import type { ActionId } from '../../client/src/app/actionTable';
import { ariaChord, keyHint, matches } from '../../client/src/app/keys';
import { addNeighbourhood, addSubgraph, hideNodes, select, setDate, setPositions, setTrace } from '../../client/src/model/actions';
import { createGraphStore } from '../../client/src/model/store';
import { EMPTY_STATE } from '../../client/src/model/types';
import type { GraphState, Trace } from '../../client/src/model/types';
import { entity, link, nioSubgraph } from './client-fixtures';

const withNio = (): GraphState => addNeighbourhood(EMPTY_STATE, ['nio'], nioSubgraph);
const nioAlone = (): GraphState => addSubgraph(EMPTY_STATE, { nodes: nioSubgraph.nodes.slice(0, 1), edges: [] });
const trace: Trace = {
  from: 'nio',
  to: 'jac',
  active: null,
  paths: [{ steps: [{ entityId: 'nio', viaId: null, reversed: false }, { entityId: 'jac', viaId: 'nio-built-by-jac', reversed: false }] }],
};
const traced = (): GraphState => setTrace(withNio(), trace);
/** NIO in the middle, JAC to its right, MIIT below it. */
const placed = (): GraphState => select(setPositions(withNio(), { nio: { x: 0, y: 0 }, jac: { x: 100, y: 0 }, miit: { x: 0, y: 100 } }), { kind: 'node', id: 'jac' });
const nio = { id: 'nio', name: 'NIO' };
const jac = { id: 'jac', name: 'JAC' };

interface Sample {
  readonly state: GraphState;
  readonly arg: unknown;
  /** The undo step's name the page has always shown; undefined for actions that are no step. */
  readonly step?: string;
}

/** One argument per model action, on a state where it changes something. */
const SAMPLES: Partial<Record<ActionId, Sample>> = {
  open: { state: EMPTY_STATE, arg: { id: 'nio', sub: nioSubgraph }, step: 'Add NIO' },
  expand: { state: nioAlone(), arg: { id: 'nio', sub: nioSubgraph }, step: 'Expand NIO' },
  expandMore: { state: nioAlone(), arg: { id: 'nio', sub: nioSubgraph }, step: 'More links of NIO' },
  showEverything: { state: nioAlone(), arg: nioSubgraph, step: 'Show everything (3 entities)' },
  showLink: { state: withNio(), arg: { rel: link('jac-x', 'jac', 'x'), from: entity('jac'), to: entity('x') }, step: 'Add link JAC → X' },
  select: { state: withNio(), arg: { kind: 'node', id: 'nio' } },
  showDetails: { state: withNio(), arg: 'jac' },
  showEvidence: { state: withNio(), arg: 'nio-built-by-jac' },
  nextEntity: { state: withNio(), arg: undefined },
  previousEntity: { state: withNio(), arg: undefined },
  deselect: { state: select(withNio(), { kind: 'node', id: 'nio' }), arg: undefined },
  entityLeft: { state: placed(), arg: undefined },
  entityRight: { state: select(placed(), { kind: 'node', id: 'nio' }), arg: undefined },
  entityUp: { state: select(placed(), { kind: 'node', id: 'miit' }), arg: undefined },
  entityDown: { state: select(placed(), { kind: 'node', id: 'nio' }), arg: undefined },
  nextLink: { state: placed(), arg: undefined },
  previousLink: { state: placed(), arg: undefined },
  pick: { state: placed(), arg: 'nio' },
  selectAll: { state: withNio(), arg: undefined },
  revealLinks: {
    state: addSubgraph(EMPTY_STATE, { nodes: nioSubgraph.nodes, edges: [] }),
    arg: { ids: ['nio', 'jac'], sub: nioSubgraph },
    step: 'Reveal links among 2 entities',
  },
  highlightPath: { state: traced(), arg: 0 },
  hide: { state: withNio(), arg: 'jac', step: 'Hide JAC' },
  remove: { state: withNio(), arg: 'jac', step: 'Remove JAC' },
  move: { state: withNio(), arg: { positions: { nio: { x: 1, y: 2 } }, name: 'NIO' }, step: 'Move NIO' },
  showHidden: { state: hideNodes(withNio(), ['jac']), arg: undefined, step: 'Show hidden' },
  clearCanvas: { state: withNio(), arg: undefined, step: 'Clear canvas' },
  layout: { state: withNio(), arg: 'dagre', step: 'Hierarchy layout' },
  relayout: { state: withNio(), arg: undefined, step: 'Re-layout' },
  toggleRelationType: { state: withNio(), arg: 'BUILT_BY', step: 'Hide “Built by” links' },
  toggleAllTypes: { state: withNio(), arg: undefined, step: 'Hide all link types' },
  toggleStatus: { state: withNio(), arg: 'RUMOURED', step: 'Hide rumoured links' },
  toggleKind: { state: withNio(), arg: 'AGENCY', step: 'Hide agency entities' },
  toggleChineseNames: { state: withNio(), arg: undefined, step: 'Show Chinese names' },
  setDate: { state: withNio(), arg: '2021-03-01', step: 'Show as of Mar 2021' },
  showAllDates: { state: setDate(withNio(), '2021-03-01'), arg: undefined, step: 'Show all dates' },
  trace: { state: withNio(), arg: { from: nio, to: jac, trace, sub: nioSubgraph }, step: 'Trace NIO → JAC' },
  clearTrace: { state: traced(), arg: undefined, step: 'Clear trace' },
  showArticleLinks: {
    state: withNio(),
    arg: [{ rel: link('jac-x', 'jac', 'x'), from: entity('jac'), to: entity('x') }, { rel: link('x-y', 'x', 'y'), from: entity('x'), to: entity('y') }],
    step: 'Add 2 links from an article',
  },
};

const entries = Object.entries(ACTIONS) as [ActionId, AnyAction][];
const modelEntries = entries.filter((e): e is [ActionId, ModelAction<unknown>] => isModelAction(e[1]));

function sampleFor(id: ActionId): Sample {
  const sample = SAMPLES[id];
  if (!sample) throw new Error(`The test has no sample for the model action "${id}": add one to SAMPLES`);
  return sample;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('action table', () => {
  it('files every entry under its own id', () => {
    for (const [key, action] of entries) expect(action.id).toBe(key);
    expect(new Set(entries.map(([, a]) => a.id)).size).toBe(entries.length);
  });

  it('binds every shortcut to one action in its scope, and every keyed action to a scope', () => {
    const scoped = Object.values(KEY_SCOPES).flat() as ActionId[];
    const keyed = entries.filter(([, a]) => a.keys.length > 0).map(([id]) => id);
    expect([...scoped].sort()).toEqual([...keyed].sort());
    // Canvas keys and selection keys fire from the same handler, so they share one space.
    for (const ids of [KEY_SCOPES.page, [...KEY_SCOPES.canvas, ...KEY_SCOPES.selection]]) {
      const chords = ids.flatMap((id) => ACTIONS[id].keys.map(ariaChord));
      expect(new Set(chords).size).toBe(chords.length);
    }
  });

  it('makes undo steps of model changes only: an effect is never an undo step', () => {
    for (const [, action] of entries) if (action.undoable) expect(isModelAction(action)).toBe(true);
  });

  it('records one history step named by the table for each undoable action, and none for the others', () => {
    for (const [id, action] of modelEntries) {
      const { state, arg, step } = sampleFor(id);
      const store = createGraphStore(state);
      const expected = stepName(action, arg, { state, history: store.getHistory() });
      commit(store, action, arg);
      const history = store.getHistory();
      expect([id, store.getState() !== state]).toEqual([id, true]);
      if (action.undoable) {
        expect([id, history.past.length, history.present.label]).toEqual([id, 1, expected]);
        expect([id, expected]).toEqual([id, step]);
      } else {
        expect([id, history.past.length, step]).toEqual([id, 0, undefined]);
      }
    }
  });

  it('folds a run of date changes into one step', () => {
    const store = createGraphStore(withNio());
    for (const day of ['2020-01-01', '2020-02-01', '2020-03-01']) commit(store, ACTIONS.setDate, day);
    expect(store.getHistory().past).toHaveLength(1);
    expect(store.getHistory().present.label).toBe('Show as of Mar 2020');
  });

  it('performs every model change without mutating the state or the argument', () => {
    for (const [id, action] of modelEntries) {
      const { state, arg } = sampleFor(id);
      const before = JSON.stringify([state, arg]);
      const frozen = deepFreeze(structuredClone({ state, arg }));
      expect(() => action.perform(frozen.state, frozen.arg)).not.toThrow();
      expect([id, JSON.stringify([state, arg])]).toEqual([id, before]);
    }
  });

  it('says which keys press which action, modifiers included', () => {
    const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
      key,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      altKey: false,
      ...mods,
    });
    expect(actionForKey(press('z', { ctrlKey: true }), KEY_SCOPES.page)).toBe('undo');
    expect(actionForKey(press('z', { metaKey: true }), KEY_SCOPES.page)).toBe('undo');
    expect(actionForKey(press('Z', { ctrlKey: true, shiftKey: true }), KEY_SCOPES.page)).toBe('redo');
    expect(actionForKey(press('y', { ctrlKey: true }), KEY_SCOPES.page)).toBe('redo');
    expect(actionForKey(press('/'), KEY_SCOPES.page)).toBe('focusSearch');
    expect(actionForKey(press('z'), KEY_SCOPES.page)).toBeNull();
    expect(actionForKey(press('h'), KEY_SCOPES.selection)).toBe('hide');
    expect(actionForKey(press('H'), KEY_SCOPES.selection)).toBe('hide');
    expect(actionForKey(press('h', { ctrlKey: true }), KEY_SCOPES.selection)).toBeNull();
    expect(actionForKey(press('F10', { shiftKey: true }), KEY_SCOPES.canvas)).toBe('openMenu');
    expect(actionForKey(press('F10'), KEY_SCOPES.canvas)).toBeNull();
    expect(matches('Mod+Z', press('z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(keyHint('Mod+Shift+Z')).toBe('Ctrl+Shift+Z');
    expect(ariaChord('Mod+Shift+Z')).toBe('Control+Shift+Z');
  });
});
