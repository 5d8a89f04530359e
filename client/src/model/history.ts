// Undo/redo as a list of whole states: states are immutable and share structure, so keeping
// them is cheap and undo can never disagree with what was drawn.
import { isSelectable } from './actions';
import type { GraphState } from './types';

export interface HistoryEntry {
  readonly state: GraphState;
  /** What produced this state, e.g. "Expand NIO"; shown on the undo/redo buttons. */
  readonly label: string;
  /** Consecutive commits with the same key (e.g. dragging the date slider) fold into one entry. */
  readonly coalesceKey: string | null;
}

export interface History {
  readonly past: readonly HistoryEntry[];
  readonly present: HistoryEntry;
  readonly future: readonly HistoryEntry[];
}

export const HISTORY_LIMIT = 100;

export function createHistory(state: GraphState, label = 'Start'): History {
  return { past: [], present: { state, label, coalesceKey: null }, future: [] };
}

export interface CommitOptions {
  readonly coalesceKey?: string;
}

/** Records a new state as an undoable step. A no-op action leaves the history untouched. */
export function commit(history: History, state: GraphState, label: string, options: CommitOptions = {}): History {
  if (state === history.present.state) return history;
  const coalesceKey = options.coalesceKey ?? null;
  const entry: HistoryEntry = { state, label, coalesceKey };
  if (coalesceKey !== null && history.present.coalesceKey === coalesceKey && history.future.length === 0) {
    return { ...history, present: entry };
  }
  const past = [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: entry, future: [] };
}

/** Changes the present without a new step: selecting, and the positions a layout settles on. */
export function replacePresent(history: History, state: GraphState): History {
  if (state === history.present.state) return history;
  return { ...history, present: { ...history.present, state } };
}

/**
 * Moving through history keeps the selection: selecting is reading, not editing. The reader's
 * current selection stays when its element is still there (and not hidden); otherwise the step
 * comes back with the selection it had, so undoing "Hide NIO" selects NIO again. Positions travel
 * with their step, so undoing a drag or a re-layout puts nodes back where they were.
 */
function carryOver(from: GraphState, to: GraphState): GraphState {
  const selection = from.selection !== null && isSelectable(from.selection, to) ? from.selection : isSelectable(to.selection, to) ? to.selection : null;
  return selection === to.selection ? to : { ...to, selection };
}

export function undo(history: History): History {
  const previous = history.past.at(-1);
  if (!previous) return history;
  const present = { ...previous, state: carryOver(history.present.state, previous.state) };
  return { past: history.past.slice(0, -1), present, future: [history.present, ...history.future] };
}

export function redo(history: History): History {
  const next = history.future[0];
  if (!next) return history;
  const present = { ...next, state: carryOver(history.present.state, next.state) };
  return { past: [...history.past, history.present], present, future: history.future.slice(1) };
}

export const canUndo = (history: History): boolean => history.past.length > 0;
export const canRedo = (history: History): boolean => history.future.length > 0;
