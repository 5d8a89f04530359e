// Reads a traced path as sentences: "Xiaomi Auto → uses the production qualification of → BAIC Off-road".
// A step walked against the link's direction reads with the inverse phrase, so every line reads forwards.
import { RELATION_TYPES } from '#vocabulary';
import type { EntityData, GraphState, PathData, RelationshipData } from './types';

export interface PathHop {
  readonly from: EntityData;
  readonly phrase: string;
  readonly to: EntityData;
  readonly rel: RelationshipData;
  readonly reversed: boolean;
}

export function phraseFor(rel: RelationshipData, reversed: boolean): string {
  const words = RELATION_TYPES[rel.type];
  const base = reversed ? words.inverse : words.label;
  return rel.role ? `${base} (${rel.role})` : base;
}

/** The hops of a path; hops whose entities or link are no longer known are skipped. */
export function describePath(state: Pick<GraphState, 'entities' | 'relationships'>, path: PathData): PathHop[] {
  const hops: PathHop[] = [];
  path.steps.forEach((step, i) => {
    const prev = path.steps[i - 1];
    if (!prev || !step.viaId) return;
    const from = state.entities[prev.entityId];
    const to = state.entities[step.entityId];
    const rel = state.relationships[step.viaId];
    if (from && to && rel) hops.push({ from, to, rel, reversed: step.reversed, phrase: phraseFor(rel, step.reversed) });
  });
  return hops;
}

export const hopText = (hop: PathHop): string => `${hop.from.name} → ${hop.phrase} → ${hop.to.name}`;
