// User actions as pure functions: each takes a state and returns a new one, never mutating.
// The store records them for undo; the renderer only ever sees the resulting states.
import type {
  EntityKind,
  Filters,
  GraphState,
  LayoutName,
  Position,
  RelationType,
  Selection,
  Status,
  Subgraph,
  Trace,
} from './types';
import { EMPTY_STATE } from './types';
import { visibleGraph } from './visible';

const union = (a: readonly string[], b: Iterable<string>): string[] => [...new Set([...a, ...b])];
const without = <T>(a: readonly T[], drop: ReadonlySet<T>): T[] => a.filter((x) => !drop.has(x));
const toggle = <T>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

/** Merges entities and links into the state; newer data for a known id replaces the old. */
export function addSubgraph(state: GraphState, sub: Subgraph): GraphState {
  if (sub.nodes.length === 0 && sub.edges.length === 0) return state;
  const entities = { ...state.entities };
  for (const node of sub.nodes) entities[node.id] = node;
  const relationships = { ...state.relationships };
  // A link is only kept when both ends are known, so the canvas never has dangling edges.
  for (const edge of sub.edges) if (entities[edge.from] && entities[edge.to]) relationships[edge.id] = edge;
  const added = new Set(sub.nodes.map((n) => n.id));
  return { ...state, entities, relationships, hidden: without(state.hidden, added) };
}

/** Adds an entity's (or several entities') neighbourhood and remembers that they were expanded. */
export function addNeighbourhood(state: GraphState, ids: readonly string[], sub: Subgraph): GraphState {
  const next = addSubgraph(state, sub);
  const known = ids.filter((id) => next.entities[id]);
  return { ...next, expanded: union(next.expanded, known) };
}

/** Removes entities, their links and everything that pointed at them. */
export function removeNodes(state: GraphState, ids: readonly string[]): GraphState {
  const drop = new Set(ids.filter((id) => state.entities[id]));
  if (drop.size === 0) return state;
  const entities = Object.fromEntries(Object.entries(state.entities).filter(([id]) => !drop.has(id)));
  const relationships = Object.fromEntries(
    Object.entries(state.relationships).filter(([, r]) => !drop.has(r.from) && !drop.has(r.to)),
  );
  const positions = Object.fromEntries(Object.entries(state.positions).filter(([id]) => !drop.has(id)));
  const traceTouches = state.trace?.paths.some((p) => p.steps.some((s) => drop.has(s.entityId))) ?? false;
  return {
    ...state,
    entities,
    relationships,
    positions,
    hidden: without(state.hidden, drop),
    expanded: without(state.expanded, drop),
    selection: selectionSurvives(state.selection, entities, relationships) ? state.selection : null,
    trace: traceTouches ? null : state.trace,
  };
}

/** Hides entities without forgetting them: "show hidden" brings them back with their links. */
export function hideNodes(state: GraphState, ids: readonly string[]): GraphState {
  const known = ids.filter((id) => state.entities[id] && !state.hidden.includes(id));
  if (known.length === 0) return state;
  const hidden = union(state.hidden, known);
  const sel = state.selection;
  const selHidden =
    sel !== null &&
    (sel.kind === 'node'
      ? hidden.includes(sel.id)
      : [state.relationships[sel.id]?.from, state.relationships[sel.id]?.to].some((e) => e !== undefined && hidden.includes(e)));
  return { ...state, hidden, selection: selHidden ? null : sel };
}

export function showHidden(state: GraphState): GraphState {
  return state.hidden.length === 0 ? state : { ...state, hidden: [] };
}

export function setFilter(state: GraphState, patch: Partial<Filters>): GraphState {
  return { ...state, filters: { ...state.filters, ...patch } };
}

export function toggleRelationType(state: GraphState, type: RelationType): GraphState {
  return setFilter(state, { hiddenTypes: toggle(state.filters.hiddenTypes, type) });
}

export function toggleStatus(state: GraphState, status: Status): GraphState {
  return setFilter(state, { hiddenStatuses: toggle(state.filters.hiddenStatuses, status) });
}

export function toggleKind(state: GraphState, kind: EntityKind): GraphState {
  return setFilter(state, { hiddenKinds: toggle(state.filters.hiddenKinds, kind) });
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Sets the "as of" day; null shows every link regardless of its dates. */
export function setDate(state: GraphState, asOf: string | null): GraphState {
  if (asOf !== null && !ISO_DAY.test(asOf)) throw new Error(`Not a day (YYYY-MM-DD): ${asOf}`);
  return state.asOf === asOf ? state : { ...state, asOf };
}

export function select(state: GraphState, selection: Selection): GraphState {
  if (selection !== null && !selectionSurvives(selection, state.entities, state.relationships)) return state;
  // A plain selection ends a multiple one.
  return state.picked && state.picked.length > 0 ? { ...state, selection, picked: [] } : { ...state, selection };
}

/** Selects the next (1) or previous (-1) visible entity in name order: the canvas's arrow keys. */
export function selectAdjacent(state: GraphState, step: 1 | -1): GraphState {
  const ordered = [...visibleGraph(state).nodes].sort((a, b) => a.name.localeCompare(b.name));
  const sel = state.selection;
  const at = sel?.kind === 'node' ? ordered.findIndex((n) => n.id === sel.id) : -1;
  const next = ordered[(at + step + ordered.length) % ordered.length];
  return next ? select(state, { kind: 'node', id: next.id }) : state;
}

/** Shows traced paths: their entities and links join the canvas, hidden ones come back. */
export function setTrace(state: GraphState, trace: Trace | null, sub?: Subgraph): GraphState {
  const withPaths = sub ? addSubgraph(state, sub) : state;
  if (!trace) return { ...withPaths, trace: null };
  const onPath = new Set(trace.paths.flatMap((p) => p.steps.map((s) => s.entityId)));
  return { ...withPaths, trace, hidden: without(withPaths.hidden, onPath) };
}

export function setActivePath(state: GraphState, active: number | null): GraphState {
  return state.trace ? { ...state, trace: { ...state.trace, active } } : state;
}

export function setLayout(state: GraphState, layout: LayoutName): GraphState {
  return { ...state, layout, layoutRun: state.layoutRun + 1 };
}

export function toggleChineseNames(state: GraphState): GraphState {
  return { ...state, chineseNames: !state.chineseNames };
}

/** Asks for a fresh layout of every node with the current algorithm. */
export function relayout(state: GraphState): GraphState {
  return { ...state, layoutRun: state.layoutRun + 1 };
}

export function setPositions(state: GraphState, positions: Readonly<Record<string, Position>>): GraphState {
  return { ...state, positions: { ...state.positions, ...positions } };
}

/** Empties the canvas but keeps the reader's filters, date, layout and label choices. */
export function clearCanvas(state: GraphState): GraphState {
  return { ...EMPTY_STATE, filters: state.filters, asOf: state.asOf, layout: state.layout, chineseNames: state.chineseNames, layoutRun: state.layoutRun };
}

/** Whether the selection names an element that is in the state and not hidden (a link with neither end hidden). */
export function isSelectable(selection: Selection, state: GraphState): boolean {
  if (selection === null) return true;
  if (!selectionSurvives(selection, state.entities, state.relationships)) return false;
  const hidden = new Set(state.hidden);
  if (selection.kind === 'node') return !hidden.has(selection.id);
  const rel = state.relationships[selection.id];
  return rel !== undefined && !hidden.has(rel.from) && !hidden.has(rel.to);
}

export function selectionSurvives(
  selection: Selection,
  entities: GraphState['entities'],
  relationships: GraphState['relationships'],
): boolean {
  if (selection === null) return true;
  return selection.kind === 'node' ? entities[selection.id] !== undefined : relationships[selection.id] !== undefined;
}
