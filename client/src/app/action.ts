// What an entry of the action table is, and the two ways one runs: a model change committed to the
// store (an undo step named after it, or a quiet change), or an effect outside the model (the canvas,
// the API, the side panel). The table itself is in actionTable.ts.
import type { CanvasHandle } from '../canvas/handle';
import type { History } from '../model/history';
import type { GraphStore } from '../model/store';
import type { GraphState, Subgraph, Trace } from '../model/types';
import type { AppServices } from './services';
import type { Chord } from './keys';
import { ariaChord, keyHint } from './keys';
import type { EntityRef } from './ui';

/** A fetched neighbourhood for an entity: what expanding commits. */
export interface Fetched {
  readonly id: string;
  readonly sub: Subgraph;
}

export interface Ends {
  readonly from: EntityRef;
  readonly to: EntityRef;
}

/** The tracer's two boxes, either of which may still be empty. */
export interface TraceEnds {
  readonly from: EntityRef | null;
  readonly to: EntityRef | null;
}

/** Traced paths between two entities with what they bring onto the canvas. */
export interface Traced extends Ends {
  readonly trace: Trace;
  readonly sub: Subgraph;
}

/** What labels and availability may depend on. */
export interface PageView {
  readonly state: GraphState;
  readonly history: History;
}

/** A fixed text, or one that names what the action applies to. */
export type Text<A> = string | ((arg: A, view: PageView) => string);

/** What an effect may reach: the page's stores and operations, the canvas handle, the search box. */
export interface ActionContext extends AppServices {
  readonly canvas: CanvasHandle;
  focusSearch(): void;
}

interface Common<I> {
  /** Equal to the entry's key in the table. */
  readonly id: string;
  /** The control's name (button, menu item, tooltip); also the undo step's name unless `step` says more. */
  readonly label: Text<I>;
  /** The name where a control has little room (the details panel's buttons). */
  readonly short?: string;
  /** A tooltip that explains more than the label. */
  readonly hint?: Text<I>;
  /** Keyboard shortcuts, the first one shown in hints; KEY_SCOPES in the table says where they work. */
  readonly keys: readonly Chord[];
  /** Whether the control can run now; always when absent. */
  readonly enabled?: (input: I, view: PageView) => boolean;
  /** Said next to a control that cannot run yet. */
  readonly unavailable?: string;
}

type Run<I> = (ctx: ActionContext, input: I) => void;

interface ModelCore<A, I> extends Common<I> {
  /** true: committing is a step of the undo history; false: it changes the present quietly (reading). */
  readonly undoable: boolean;
  /** The model change: pure, never mutates its input. */
  readonly perform: (state: GraphState, arg: A) => GraphState;
  /** The undo step's name when it names more than the label ("Hide NIO"). */
  readonly step?: Text<A>;
  /** Consecutive steps with this key fold into one (dragging the date slider). */
  readonly coalesceKey?: string;
}

/**
 * A model change. When the control's input is not yet what `perform` needs (an id, where perform
 * wants the fetched neighbourhood), `run` gets it (through the explorer) and then commits.
 */
export type ModelAction<A, I = A> = ModelCore<A, I> & ([I] extends [A] ? { readonly run?: Run<I> } : { readonly run: Run<I> });

/** An action outside the model: never an undo step itself. */
export interface EffectAction<I> extends Common<I> {
  readonly undoable: false;
  readonly run: Run<I>;
}

export type AnyAction = ModelAction<never, never> | EffectAction<never>;

export const isModelAction = (a: AnyAction): a is ModelAction<never, never> => 'perform' in a;

export function textOf<A>(text: Text<A>, arg: A, view: PageView): string {
  return typeof text === 'string' ? text : text(arg, view);
}

const viewOf = (store: GraphStore): PageView => ({ state: store.getState(), history: store.getHistory() });

/** The undo step's name for this argument, from the state before the change. */
export function stepName<A, I>(action: ModelAction<A, I>, arg: A, view: PageView): string {
  // Without a `step`, the label names the step; then the input is the argument.
  return action.step !== undefined ? textOf(action.step, arg, view) : textOf(action.label as Text<A>, arg, view);
}

/** Applies a model action to the store: one named undo step, or a quiet change of the present. */
export function commit<A, I>(store: GraphStore, action: ModelAction<A, I>, arg: A): void {
  if (!action.undoable) return store.applyQuietly((s) => action.perform(s, arg));
  const options = action.coalesceKey !== undefined ? { coalesceKey: action.coalesceKey } : {};
  store.apply(stepName(action, arg, viewOf(store)), (s) => action.perform(s, arg), options);
}

/** What a control does when pressed: its run, or committing its model change (typed by useActions). */
export function trigger(ctx: ActionContext, action: AnyAction, input: unknown): void {
  if (action.run) (action.run as Run<unknown>)(ctx, input);
  else commit(ctx.store, action as ModelAction<unknown>, input);
}

/** The control's tooltip with its first shortcut: "Undo: Expand NIO (Ctrl+Z)". */
export function withShortcut(text: string, action: Pick<AnyAction, 'keys'>): string {
  const first = action.keys[0];
  return first === undefined ? text : `${text} (${keyHint(first)})`;
}

export function ariaShortcuts(action: Pick<AnyAction, 'keys'>): string | undefined {
  return action.keys.length > 0 ? action.keys.map(ariaChord).join(' ') : undefined;
}
