// Components run actions by id and read their label, tooltip, shortcut and availability from the
// table; <ActionsProvider> gives every action what it may reach (stores, explorer, canvas, search).
import { createContext, useContext, useMemo, useRef } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { useCanvas } from '../canvas/CanvasContext';
import { ariaShortcuts, textOf, trigger, withShortcut } from './action';
import type { ActionContext, AnyAction, PageView, Text } from './action';
import { ACTIONS } from './actionTable';
import { keyHint } from './keys';
import type { ActionId, InputOf } from './actionTable';
import { useGraphState, useHistory, useServices } from './context';

/** The input a control passes, as arguments: none for actions that take none. */
export type InputArgs<K extends ActionId> = [InputOf<K>] extends [void] ? [] : [InputOf<K>];

const ActionsContext = createContext<ActionContext | null>(null);

export function ActionsProvider({ focusSearch, children }: { focusSearch: () => void; children: ReactNode }): ReactElement {
  const services = useServices();
  const canvas = useCanvas();
  const focus = useRef(focusSearch);
  focus.current = focusSearch;
  const ctx = useMemo<ActionContext>(() => ({ ...services, canvas, focusSearch: () => focus.current() }), [services, canvas]);
  return <ActionsContext.Provider value={ctx}>{children}</ActionsContext.Provider>;
}

export type RunAction = <K extends ActionId>(id: K, ...input: InputArgs<K>) => void;

const entry = (id: ActionId): AnyAction => ACTIONS[id] as AnyAction;

/** Runs an action; stable across renders, for event handlers that outlive a render. */
export function useRunAction(): RunAction {
  const ctx = useContext(ActionsContext);
  if (!ctx) throw new Error('useRunAction outside <ActionsProvider>');
  return useMemo<RunAction>(() => (id, ...input) => trigger(ctx, entry(id), input[0]), [ctx]);
}

/** Props that tie a control to its action: page tests and the table's own test find it by them. */
export interface ActionAttributes {
  readonly 'data-action': ActionId;
  readonly 'aria-keyshortcuts'?: string;
}

export interface Actions {
  readonly run: RunAction;
  label<K extends ActionId>(id: K, ...input: InputArgs<K>): string;
  /** The compact name (the details panel's buttons), or the label. */
  short<K extends ActionId>(id: K, ...input: InputArgs<K>): string;
  /** The tooltip: the hint or the label, with the first shortcut. */
  tooltip<K extends ActionId>(id: K, ...input: InputArgs<K>): string;
  enabled<K extends ActionId>(id: K, ...input: InputArgs<K>): boolean;
  /** The first shortcut as a person reads it ("Ctrl+Z"), if the action has one. */
  shortcut(id: ActionId): string | undefined;
  /** Why the control cannot run now, when the table says. */
  unavailable<K extends ActionId>(id: K, ...input: InputArgs<K>): string | undefined;
  attributes(id: ActionId): ActionAttributes;
}

/** The table as the current state reads it; re-renders when the state or the history changes. */
export function useActions(): Actions {
  const run = useRunAction();
  const state = useGraphState();
  const history = useHistory();
  return useMemo<Actions>(() => {
    const view: PageView = { state, history };
    const text = (t: Text<never>, input: unknown): string => textOf(t as Text<unknown>, input, view);
    const label = (id: ActionId, input: unknown): string => text(entry(id).label, input);
    const enabled = (id: ActionId, input: unknown): boolean => (entry(id).enabled as ((i: unknown, v: PageView) => boolean) | undefined)?.(input, view) ?? true;
    return {
      run,
      label: (id, ...input) => label(id, input[0]),
      short: (id, ...input) => entry(id).short ?? label(id, input[0]),
      tooltip: (id, ...input) => {
        const a = entry(id);
        return withShortcut(a.hint !== undefined ? text(a.hint, input[0]) : label(id, input[0]), a);
      },
      enabled: (id, ...input) => enabled(id, input[0]),
      unavailable: (id, ...input) => (enabled(id, input[0]) ? undefined : entry(id).unavailable),
      shortcut: (id) => {
        const first = entry(id).keys[0];
        return first === undefined ? undefined : keyHint(first);
      },
      attributes: (id) => ({ 'data-action': id, 'aria-keyshortcuts': ariaShortcuts(entry(id)) }),
    };
  }, [run, state, history]);
}
