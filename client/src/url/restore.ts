// The state a shared view opens as, from the records fetched for it: exactly the entities, links,
// positions and selection the author had, with the filters, date and layout. Pure, so the rule
// "draw what the author saw, nothing more" is tested without a page.
import { addSubgraph, select } from '../model/actions';
import type { GraphState, Position, Subgraph } from '../model/types';
import { EMPTY_STATE } from '../model/types';
import type { ViewState } from './viewState';

export interface RestoredView {
  readonly state: GraphState;
  /** What the view named that the graph no longer has. */
  readonly missing: { readonly entities: number; readonly links: number };
}

export function restoredState(view: ViewState, found: Subgraph): RestoredView {
  const base: GraphState = { ...EMPTY_STATE, filters: view.filters, asOf: view.asOf, layout: view.layout, chineseNames: view.chineseNames };
  const wantedLinks = view.links === null ? null : new Set(view.links);
  // Only the links the view lists (all of those found, for an address that lists none).
  const edges = wantedLinks === null ? found.edges : found.edges.filter((e) => wantedLinks.has(e.id));
  let state = addSubgraph(base, { nodes: found.nodes, edges });
  const positions: Record<string, Position> = {};
  for (const [id, p] of Object.entries(view.positions)) if (state.entities[id]) positions[id] = p;
  state = {
    ...state,
    positions,
    hidden: view.hidden.filter((id) => state.entities[id]),
    expanded: view.expanded.filter((id) => state.entities[id]),
  };
  state = select(state, view.selection);
  const entities = view.entities.filter((id) => !state.entities[id]).length;
  const links = view.links === null ? 0 : view.links.filter((id) => !state.relationships[id]).length;
  return { state, missing: { entities, links } };
}
