// The table view's rows: what is drawn on the canvas (the visible graph, faded links included and
// marked), as plain text cells that sort and filter, with the element's id so that a row and the
// canvas select each other. Pure: the component only renders these.
import type { AttributionLike } from '../text/claims';
import { attributionText, dateLabel, datesText } from '../text/claims';
import { KIND_STYLES } from '../theme/entityStyles';
import { STATUS_STYLES } from '../theme/relationStyles';
import type { GraphState } from '../model/types';
import { visibleGraph } from '../model/visible';

/** The part of a quote the table shows; the API's evidence fits. */
export interface TableEvidence {
  readonly stance: string;
  readonly attribution: AttributionLike;
  readonly source: { readonly title: string; readonly publisher?: string | null; readonly url?: string | null };
}

export interface EntityRow {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly country: string;
  /** Links drawn on the canvas, and all the entity has in the graph. */
  readonly links: number;
  readonly degree: number;
}

export interface LinkRow {
  readonly id: string;
  readonly from: string;
  readonly label: string;
  readonly to: string;
  readonly status: string;
  /** "from 2018 (stated), no end stated", or "no dates given". */
  readonly dates: string;
  /** Sortable start date (partial ISO), empty when undated. */
  readonly start: string;
  /** Who asserts the link in its quotes ("the article; per Bloomberg"), or empty until the quotes are loaded. */
  readonly attribution: string;
  readonly source: string;
  /** The first source's address, for the row's link. */
  readonly url: string | null;
  /** False when the as-of date fades the link on the canvas. */
  readonly inTime: boolean;
}

export const ENTITY_COLUMNS = ['name', 'kind', 'country', 'links'] as const satisfies readonly (keyof EntityRow)[];
export const LINK_COLUMNS = ['from', 'label', 'to', 'status', 'dates', 'attribution', 'source'] as const satisfies readonly (keyof LinkRow)[];

const distinct = (items: readonly string[]): string[] => [...new Set(items.filter((x) => x !== ''))];

export function entityRows(state: GraphState): EntityRow[] {
  const view = visibleGraph(state);
  const links = new Map<string, number>();
  for (const { rel } of view.edges) for (const end of [rel.from, rel.to]) links.set(end, (links.get(end) ?? 0) + 1);
  return view.nodes.map((n) => ({
    id: n.id,
    name: n.name,
    kind: KIND_STYLES[n.kind].label,
    country: n.country ?? '',
    links: links.get(n.id) ?? 0,
    degree: n.degree,
  }));
}

export function linkRows(state: GraphState, evidence: Readonly<Record<string, readonly TableEvidence[]>>): LinkRow[] {
  const name = (id: string): string => state.entities[id]?.name ?? id;
  return visibleGraph(state).edges.map(({ rel, inTime }) => {
    const quotes = evidence[rel.id];
    const supporting = quotes?.filter((q) => q.stance !== 'CONTRADICTS') ?? [];
    const shown = supporting.length > 0 ? supporting : (quotes ?? []);
    return {
      id: rel.id,
      from: name(rel.from),
      label: rel.label,
      to: name(rel.to),
      status: STATUS_STYLES[rel.status].label,
      dates: datesText(rel),
      start: rel.validFrom ?? '',
      attribution: distinct(shown.map((q) => attributionText(q.attribution))).join('; '),
      source: distinct(shown.map((q) => (q.source.publisher ? `${q.source.title} (${q.source.publisher})` : q.source.title))).join('; '),
      url: shown.find((q) => q.source.url)?.source.url ?? null,
      inTime,
    };
  });
}

export interface SortOrder<C extends string> {
  readonly column: C;
  readonly descending: boolean;
}

/** Sorts by a column: numbers as numbers, dates by their start, text in the reader's collation; ties by id. */
export function sortRows<R extends { readonly id: string }, C extends keyof R & string>(rows: readonly R[], order: SortOrder<C>): R[] {
  const key = (r: R): unknown => ('start' in r && order.column === 'dates' ? (r as unknown as LinkRow).start : r[order.column]);
  const sign = order.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return c !== 0 ? sign * c : a.id.localeCompare(b.id);
  });
}

/** Keeps the rows with every word of the filter somewhere in their shown cells (case and accents ignored). */
export function filterRows<R>(rows: readonly R[], text: string, columns: readonly (keyof R)[]): R[] {
  const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const words = fold(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((r) => {
    const cells = fold(columns.map((c) => String(r[c])).join(' '));
    return words.every((w) => cells.includes(w));
  });
}

/** A date cell's label for a partial date: "Dec 2023". */
export const shortDate = (date: string | null): string => (date ? dateLabel(date) : '');
