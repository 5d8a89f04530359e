// A minimal subscribable store: React reads it with useSyncExternalStore, the canvas hook and
// the URL writer subscribe to it directly. No DOM here.
import { commit, createHistory, redo, replacePresent, undo } from './history';
import type { CommitOptions, History } from './history';
import type { GraphState } from './types';
import { EMPTY_STATE } from './types';

type Listener = () => void;

export interface ValueStore<T> {
  get(): T;
  set(next: T): void;
  subscribe(listener: Listener): () => void;
}

export function createValueStore<T>(initial: T): ValueStore<T> {
  let value = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type Action = (state: GraphState) => GraphState;

export interface GraphStore {
  getHistory(): History;
  getState(): GraphState;
  subscribe(listener: Listener): () => void;
  /** Applies an action as an undoable step named `label`. */
  apply(label: string, action: Action, options?: CommitOptions): void;
  /** Applies an action that is not worth an undo step (selection, positions). */
  applyQuietly(action: Action): void;
  undo(): void;
  redo(): void;
  /** Starts over from a state, e.g. one restored from a shared link. */
  reset(state: GraphState, label?: string): void;
}

export function createGraphStore(initial: GraphState = EMPTY_STATE): GraphStore {
  const history = createValueStore<History>(createHistory(initial));
  return {
    getHistory: history.get,
    getState: () => history.get().present.state,
    subscribe: history.subscribe,
    apply(label, action, options) {
      const h = history.get();
      history.set(commit(h, action(h.present.state), label, options));
    },
    applyQuietly(action) {
      const h = history.get();
      history.set(replacePresent(h, action(h.present.state)));
    },
    undo: () => history.set(undo(history.get())),
    redo: () => history.set(redo(history.get())),
    reset: (state, label) => history.set(createHistory(state, label)),
  };
}
