// Turns a model state into the elements the canvas should show: plain objects, computed without
// Cytoscape so the sync step can diff them and tests can check them in Node.
import { tracedIds, visibleGraph } from '../model/visible';
import type { TimeReading } from '../model/time';
import type { EntityData, GraphState, RelationshipData } from '../model/types';
import { agedText } from '../text/claims';
import { proposedElements } from './proposed';

export interface NodeElement {
  readonly group: 'nodes';
  readonly data: {
    readonly id: string;
    /** What the node shows: a long name cut short. */
    readonly label: string;
    /** What it shows when pointed at or selected: the whole name. */
    readonly full?: string;
    readonly kind?: string;
    readonly moreOf?: string;
  };
  readonly classes: string;
}

export interface EdgeElement {
  readonly group: 'edges';
  readonly data: {
    readonly id: string;
    readonly source: string;
    readonly target: string;
    readonly label: string;
    /** What the link's tooltip says on the chosen date; empty when there is nothing to add. */
    readonly tip: string;
  };
  readonly classes: string;
}

/** The class each reading of the date draws with: an aged report and an undated link have their own style. */
const READING_CLASS: Readonly<Record<TimeReading, string>> = { all: '', live: ' live', 'out-of-time': ' out-of-time', aged: ' aged', undated: ' undated' };

function tipFor(rel: RelationshipData, reading: TimeReading): string {
  if (reading === 'aged' && rel.lastReportedOn) return `${rel.label}: ${agedText(rel.lastReportedOn)}`;
  if (reading === 'undated') return `${rel.label}: no dates in the sources, so this date neither confirms nor rules it out`;
  return '';
}

export type CanvasElement = NodeElement | EdgeElement;

const HAN = /\p{Script=Han}/u;

/** The entity's Chinese name: its first alias written in Chinese characters, if it has one. */
export const chineseNameOf = (entity: EntityData): string | null => entity.aliases.find((a) => HAN.test(a)) ?? null;

/** Names longer than this are cut (with "…") on the canvas; pointing at a node or selecting it shows the whole name. */
export const SHORT_NAME = 24;

const shorten = (name: string): string => (name.length <= SHORT_NAME ? name : `${name.slice(0, SHORT_NAME - 1).trimEnd()}…`);

/** A node's labels, short and whole: its name, and its Chinese name on a second line when the reader asked for them. */
export function nodeLabels(entity: EntityData, chineseNames: boolean): { label: string; full: string } {
  const zh = chineseNames ? chineseNameOf(entity) : null;
  const second = zh && zh !== entity.name ? `\n${zh}` : '';
  return { label: `${shorten(entity.name)}${second}`, full: `${entity.name}${second}` };
}

export const MORE_PREFIX = 'more::';
export const moreNodeId = (entityId: string): string => `${MORE_PREFIX}${entityId}`;
export const moreEdgeId = (entityId: string): string => `${MORE_PREFIX}edge::${entityId}`;

function loadedLinkCounts(state: GraphState): Map<string, number> {
  const counts = new Map<string, number>();
  for (const rel of Object.values(state.relationships)) {
    counts.set(rel.from, (counts.get(rel.from) ?? 0) + 1);
    counts.set(rel.to, (counts.get(rel.to) ?? 0) + 1);
  }
  return counts;
}

export function canvasElements(state: GraphState): CanvasElement[] {
  const view = visibleGraph(state);
  const traced = tracedIds(state);
  const tracing = state.trace !== null && state.trace.paths.length > 0;
  const loaded = loadedLinkCounts(state);
  const expanded = new Set(state.expanded);
  const liveNodes = new Set<string>();
  for (const e of view.edges) {
    if (!e.inTime) continue;
    liveNodes.add(e.rel.from);
    liveNodes.add(e.rel.to);
  }
  // With a date chosen, a link valid on that date is drawn live even if it has ended since.
  const focus = (on: boolean): string => (tracing ? (on ? ' traced' : ' dimmed') : '');
  const out: CanvasElement[] = [];

  for (const node of view.nodes) {
    // A node whose every link lies outside the date has nothing to say on that date: it fades too.
    const idle = state.asOf !== null && !liveNodes.has(node.id) && (loaded.get(node.id) ?? 0) > 0;
    out.push({
      group: 'nodes',
      data: { id: node.id, ...nodeLabels(node, state.chineseNames), kind: node.kind },
      classes: `entity kind-${node.kind} type-${node.type}${idle ? ' idle' : ''}${focus(traced.nodes.has(node.id))}`,
    });
    const more = node.degree - (loaded.get(node.id) ?? 0);
    if (expanded.has(node.id) && more > 0) {
      out.push({ group: 'nodes', data: { id: moreNodeId(node.id), label: `+${more} more`, moreOf: node.id }, classes: `more${focus(false)}` });
      out.push({
        group: 'edges',
        data: { id: moreEdgeId(node.id), source: node.id, target: moreNodeId(node.id), label: '', tip: '' },
        classes: `more-edge${focus(false)}`,
      });
    }
  }
  for (const { rel, reading } of view.edges) {
    out.push({
      group: 'edges',
      data: { id: rel.id, source: rel.from, target: rel.to, label: rel.role ? `${rel.label} (${rel.role})` : rel.label, tip: tipFor(rel, reading) },
      classes: `rel rel-${rel.type} status-${rel.status}${READING_CLASS[reading]}${focus(traced.edges.has(rel.id))}`,
    });
  }
  out.push(...proposedElements(state, new Set(view.nodes.map((n) => n.id))));
  return out;
}
