// What the canvas shows, derived from the state: filters, hidden entities and the date applied.
// Links outside their validity stay in the view (flagged) so the renderer can fade them.
import { endOf, startOf } from '#vocabulary/dates';
import type { EntityData, GraphState, RelationshipData } from './types';

export interface VisibleEdge {
  readonly rel: RelationshipData;
  /** False when the "as of" date falls outside the link's validity. */
  readonly inTime: boolean;
}

export interface VisibleGraph {
  readonly nodes: readonly EntityData[];
  readonly edges: readonly VisibleEdge[];
}

/** A link is valid on a day when the day falls inside its (inclusive, partial-date) span. */
export function isValidOn(rel: Pick<RelationshipData, 'validFrom' | 'validTo'>, day: string): boolean {
  const from = rel.validFrom === null ? null : startOf(rel.validFrom);
  const to = rel.validTo === null ? null : endOf(rel.validTo);
  return (from === null || from <= day) && (to === null || to >= day);
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
    edges.push({ rel, inTime: state.asOf === null || isValidOn(rel, state.asOf) });
  }
  return { nodes, edges };
}

/** The subgraph a reader sees right now: what exports contain. Faded (out-of-date) links are left out. */
export function exportableGraph(state: GraphState): { nodes: EntityData[]; edges: RelationshipData[] } {
  const view = visibleGraph(state);
  return { nodes: [...view.nodes], edges: view.edges.filter((e) => e.inTime).map((e) => e.rel) };
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
