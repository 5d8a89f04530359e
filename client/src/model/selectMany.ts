// Selecting several entities at once (Shift+click, the table, Ctrl+A), revealing the links among
// them (Bloom's "reveal relationships"), and moving the selection with the keyboard: to the nearest
// entity in an arrow's direction, and from link to link. Pure, like the other actions.
import { addSubgraph, select } from './actions';
import type { GraphState, Position, Subgraph } from './types';
import { visibleGraph } from './visible';

/** Every selected entity that is drawn: the selection (when an entity) first, then the picked ones. */
export function selectedEntities(state: GraphState): string[] {
  const shown = new Set(visibleGraph(state).nodes.map((n) => n.id));
  const first = state.selection?.kind === 'node' ? [state.selection.id] : [];
  return [...new Set([...first, ...(state.picked ?? [])])].filter((id) => shown.has(id));
}

/**
 * Adds an entity to the selection, or takes it out when it is in: the Shift+click. The selection
 * proper stays the entity the side panel shows; taking it out passes that role to a picked one.
 */
export function togglePicked(state: GraphState, id: string): GraphState {
  if (!state.entities[id]) return state;
  const all = selectedEntities(state);
  const next = all.includes(id) ? all.filter((x) => x !== id) : [...all, id];
  const [first, ...rest] = next;
  return { ...state, selection: first === undefined ? null : { kind: 'node', id: first }, picked: rest };
}

/** Selects exactly these entities (the first is the one the side panel shows). */
export function selectEntities(state: GraphState, ids: readonly string[]): GraphState {
  const known = [...new Set(ids)].filter((id) => state.entities[id]);
  const [first, ...rest] = known;
  if (first === undefined) return select(state, null);
  return { ...state, selection: { kind: 'node', id: first }, picked: rest };
}

/** Every drawn entity: Ctrl+A on the canvas. */
export const selectAllEntities = (state: GraphState): GraphState => selectEntities(state, visibleGraph(state).nodes.map((n) => n.id));

/**
 * Draws the links among `ids` that `sub` brings (fetched for them), and no other: an entity the
 * fetch brought along is not added, and neither is a link to one. The selection stays as it was.
 */
export function revealLinksAmong(state: GraphState, ids: readonly string[], sub: Subgraph): GraphState {
  const among = new Set(ids.filter((id) => state.entities[id]));
  const edges = sub.edges.filter((e) => among.has(e.from) && among.has(e.to) && e.from !== e.to);
  const fresh = edges.filter((e) => state.relationships[e.id] === undefined);
  // Entities the reader hid among the selected come back: revealing is about what is between them.
  const revealed = addSubgraph(state, { nodes: [], edges: fresh });
  return fresh.length === 0 ? state : { ...revealed, hidden: state.hidden.filter((h) => !among.has(h)) };
}

/** How many links `sub` would add among `ids`: zero says there is nothing to reveal. */
export function linksToReveal(state: GraphState, ids: readonly string[], sub: Subgraph): number {
  const among = new Set(ids);
  return sub.edges.filter((e) => among.has(e.from) && among.has(e.to) && e.from !== e.to && !state.relationships[e.id]).length;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

const AXES: Readonly<Record<Direction, Position>> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, up: { x: 0, y: -1 }, down: { x: 0, y: 1 } };

/**
 * Selects the nearest drawn entity in a direction from the selected one, by position: within 60°
 * either side of the arrow, the closest one, sideways distance counting double so that the
 * entity straight ahead wins over a nearer one off to the side. With nothing selected the entity
 * at the top left is selected first. Entities without a known position are skipped.
 */
export function selectToward(state: GraphState, direction: Direction): GraphState {
  const placed = visibleGraph(state)
    .nodes.map((n) => ({ id: n.id, at: state.positions[n.id] }))
    .filter((n): n is { id: string; at: Position } => n.at !== undefined);
  const sel = state.selection;
  const from = sel?.kind === 'node' ? state.positions[sel.id] : undefined;
  if (!from || sel?.kind !== 'node') {
    const start = [...placed].sort((a, b) => a.at.x + a.at.y - (b.at.x + b.at.y))[0];
    return start ? select(state, { kind: 'node', id: start.id }) : state;
  }
  const axis = AXES[direction];
  let best: { id: string; score: number } | null = null;
  for (const n of placed) {
    if (n.id === sel.id) continue;
    const dx = n.at.x - from.x;
    const dy = n.at.y - from.y;
    const along = dx * axis.x + dy * axis.y;
    const side = Math.abs(dx * axis.y - dy * axis.x);
    if (along <= 0 || side > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * side;
    if (!best || score < best.score) best = { id: n.id, score };
  }
  return best ? select(state, { kind: 'node', id: best.id }) : state;
}

/**
 * Selects the next (1) or previous (-1) drawn link: the links of the selected entity when one is
 * selected (by the other end's name), else all drawn links in reading order, so a keyboard reader
 * reaches every link and its evidence.
 */
export function selectAdjacentLink(state: GraphState, step: 1 | -1): GraphState {
  const name = (id: string): string => state.entities[id]?.name ?? id;
  const edges = visibleGraph(state)
    .edges.map((e) => e.rel)
    .sort((a, b) => name(a.from).localeCompare(name(b.from)) || a.label.localeCompare(b.label) || name(a.to).localeCompare(name(b.to)) || a.id.localeCompare(b.id));
  const sel = state.selection;
  if (sel?.kind === 'node') {
    const own = edges.filter((e) => e.from === sel.id || e.to === sel.id);
    const pick = step === 1 ? own[0] : own.at(-1);
    return pick ? select(state, { kind: 'edge', id: pick.id }) : state;
  }
  const at = sel?.kind === 'edge' ? edges.findIndex((e) => e.id === sel.id) : -1;
  const start = at < 0 && step === -1 ? 0 : at;
  const next = edges[(start + step + edges.length) % edges.length];
  return next ? select(state, { kind: 'edge', id: next.id }) : state;
}
