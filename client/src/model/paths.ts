// Reads a traced path as sentences: "Xiaomi Auto → uses the production qualification of → BAIC Off-road".
// Each step reads as its link does on the canvas, in the link's own direction ("Xiaomi Auto → is a
// subsidiary of → Xiaomi", even when the path walks from Xiaomi), so the panel, the brief and the
// canvas never word one link two ways; `reversed` says the path walks it against its arrow.
import { RELATION_TYPES } from '#vocabulary';
import type { EntityData, GraphState, PathData, RelationshipData } from './types';

export interface PathHop {
  /** The entities in the path's order: where the step leaves from and where it arrives. */
  readonly from: EntityData;
  readonly to: EntityData;
  /** The link's own ends: the sentence is "subject → phrase → object", as the canvas draws it. */
  readonly subject: EntityData;
  readonly object: EntityData;
  /** The canvas's label of the link: its type's label, with the role. */
  readonly phrase: string;
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
    if (!from || !to || !rel) return;
    const [subject, object] = step.reversed ? [to, from] : [from, to];
    hops.push({ from, to, subject, object, rel, reversed: step.reversed, phrase: phraseFor(rel, false) });
  });
  return hops;
}

export const hopText = (hop: PathHop): string => `${hop.subject.name} → ${hop.phrase} → ${hop.object.name}`;
