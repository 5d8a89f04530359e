// What a published image carries around the graph, worked out from the state: a title, the legend of
// what is shown (only the kinds, link types and statuses on the canvas), the as-of date and a source
// credit line. Pure, so the PNG and the SVG say the same words and the words are unit-tested.
import type { EntityKind, EntityType, GraphState, RelationType, Status } from '../model/types';
import { exportableGraph } from '../model/visible';
import { KIND_STYLES, TYPE_COLOURS } from '../theme/entityStyles';
import type { NodeShape } from '../theme/entityStyles';
import { DASH_PATTERNS, RELATION_STYLES, STATUS_STYLES } from '../theme/relationStyles';
import { dateLabel } from '../text/claims';

export interface LegendEntry {
  readonly label: string;
  readonly colour: string;
  /** An entity kind's shape, or null for a link's line. */
  readonly shape: NodeShape | null;
  /** The line's dashes, for links and statuses. */
  readonly dash: readonly number[];
}

export interface Furniture {
  readonly title: string;
  /** "As of 1 Jun 2020 · 12 entities · 15 links", or "All dates · …". */
  readonly subtitle: string;
  readonly legend: readonly LegendEntry[];
  /** "Source: Linkage, quotes from 4 articles (Pandaily, Yicai). Exported 3 May 2025." */
  readonly credit: string;
}

/** The publishers (or titles) of the quotes behind the drawn links, when they were fetched. */
export interface CreditSource {
  readonly id: string;
  readonly title: string;
  readonly publisher: string | null;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const NEUTRAL = '#495057';

function titleOf(state: GraphState, names: readonly string[]): string {
  const t = state.trace;
  if (t) return `How ${state.entities[t.from]?.name ?? t.from} connects to ${state.entities[t.to]?.name ?? t.to}`;
  if (names.length <= 3) return names.join(', ') || 'Linkage';
  return `${names.slice(0, 3).join(', ')} and ${plural(names.length - 3, 'other', 'others')}`;
}

export function furnitureOf(state: GraphState, sources: readonly CreditSource[], now: Date = new Date()): Furniture {
  const graph = exportableGraph(state);
  // The most connected entities name the view.
  const degree = new Map<string, number>();
  for (const e of graph.edges) for (const end of [e.from, e.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const names = [...graph.nodes].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.name.localeCompare(b.name)).map((n) => n.name);

  const kinds = [...new Set(graph.nodes.map((n) => n.kind))].sort() as EntityKind[];
  const typeOf = new Map(graph.nodes.map((n) => [n.kind, n.type] as [EntityKind, EntityType]));
  const relTypes = [...new Set(graph.edges.map((e) => e.type))].sort() as RelationType[];
  const statuses = [...new Set(graph.edges.map((e) => e.status))].filter((s) => s !== 'CONFIRMED').sort() as Status[];
  const legend: LegendEntry[] = [
    ...kinds.map((k) => ({ label: KIND_STYLES[k].label, colour: TYPE_COLOURS[typeOf.get(k) ?? 'Company'], shape: KIND_STYLES[k].shape, dash: [] })),
    ...relTypes.map((t) => ({ label: RELATION_STYLES[t].short, colour: RELATION_STYLES[t].colour, shape: null, dash: [] })),
    ...statuses.map((s) => ({ label: STATUS_STYLES[s].label, colour: NEUTRAL, shape: null, dash: DASH_PATTERNS[STATUS_STYLES[s].pattern] })),
  ];

  const when = state.asOf ? `As of ${dateLabel(state.asOf)}` : 'All dates';
  const subtitle = [when, plural(graph.nodes.length, 'entity', 'entities'), plural(graph.edges.length, 'link', 'links')].join(' · ');
  const outlets = [...new Set(sources.map((s) => s.publisher ?? s.title))].sort((a, b) => a.localeCompare(b));
  const shown = outlets.length > 4 ? `${outlets.slice(0, 4).join(', ')} and ${outlets.length - 4} more` : outlets.join(', ');
  const quotes = sources.length > 0 ? `, quotes from ${plural(new Set(sources.map((s) => s.id)).size, 'article', 'articles')} (${shown})` : '';
  const credit = `Source: Linkage knowledge graph${quotes}. Exported ${dateLabel(now.toISOString().slice(0, 10))}.`;
  return { title: titleOf(state, names), subtitle, legend, credit };
}
