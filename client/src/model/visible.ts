// What the canvas shows, derived from the state: filters, hidden entities and the date applied.
// Links outside their validity stay in the view (flagged) so the renderer can fade them.
import { isUndated, readingOn } from './time';
import type { TimeReading } from './time';
import type { EntityData, GraphState, RelationshipData } from './types';

export { isValidOn } from './time';

export interface VisibleEdge {
  readonly rel: RelationshipData;
  /** False when the "as of" date falls outside the link's validity. */
  readonly inTime: boolean;
  /** How the link reads on the "as of" date (aged report, undated, …); `all` with no date. */
  readonly reading: TimeReading;
}

export interface VisibleGraph {
  readonly nodes: readonly EntityData[];
  readonly edges: readonly VisibleEdge[];
}

export function visibleGraph(state: GraphState): VisibleGraph {
  const { hiddenKinds, hiddenTypes, hiddenStatuses } = state.filters;
  const hidden = new Set(state.hidden);
  const nodes = Object.values(state.entities).filter((e) => !hidden.has(e.id) && !hiddenKinds.includes(e.kind));
  const shown = new Set(nodes.map((n) => n.id));
  const edges: VisibleEdge[] = [];
  for (const rel of Object.values(state.relationships)) {
    if (!shown.has(rel.from) || !shown.has(rel.to)) continue;
    if (hiddenTypes.includes(rel.type) || hiddenStatuses.includes(rel.status)) continue;
    const reading = readingOn(rel, state.asOf);
    edges.push({ rel, inTime: reading !== 'out-of-time', reading });
  }
  return { nodes, edges };
}

/** The subgraph a reader sees right now: what exports contain. Faded (out-of-date) links are left out. */
export function exportableGraph(state: GraphState): { nodes: EntityData[]; edges: RelationshipData[] } {
  const view = visibleGraph(state);
  return { nodes: [...view.nodes], edges: view.edges.filter((e) => e.inTime).map((e) => e.rel) };
}

export interface TimeCounts {
  /** Visible links the sources give no dates for. */
  readonly undated: number;
  /** Visible reports and rumours not confirmed since their last report, on the chosen date. */
  readonly aged: number;
}

/** What the time slider tells the reader about the view: counted over the links the filters show. */
export function timeCounts(state: GraphState): TimeCounts {
  let undated = 0;
  let aged = 0;
  for (const e of visibleGraph(state).edges) {
    if (isUndated(e.rel)) undated += 1;
    if (e.reading === 'aged') aged += 1;
  }
  return { undated, aged };
}

/** How many of an entity's links are not in the state at all (so "+N more" can offer them). */
export function linksNotLoaded(state: GraphState, id: string): number {
  const entity = state.entities[id];
  if (!entity) return 0;
  let loaded = 0;
  for (const rel of Object.values(state.relationships)) if (rel.from === id || rel.to === id) loaded += 1;
  return Math.max(0, entity.degree - loaded);
}

/** Entity and link ids on the traced paths (all paths, or only the active one). */
export function tracedIds(state: GraphState): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const trace = state.trace;
  if (!trace) return { nodes, edges };
  const paths = trace.active === null ? trace.paths : trace.paths.slice(trace.active, trace.active + 1);
  for (const path of paths) {
    for (const step of path.steps) {
      nodes.add(step.entityId);
      if (step.viaId) edges.add(step.viaId);
    }
  }
  return { nodes, edges };
}
