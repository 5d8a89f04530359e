// The view in the URL, exactly as the author saw it: which entities and which links are on the
// canvas, where each entity sits (compactly, ./positions.ts), filters, date, selection, trace and
// layout. Parsing is forgiving: anything unknown or malformed is dropped rather than failing the page.
import { isEntityKind, isRelationType, isStatus } from '#vocabulary';
import type { Filters, GraphState, LayoutName, Position, Selection } from '../model/types';
import { EMPTY_STATE, LAYOUTS } from '../model/types';
import { decodePositions, encodePositions } from './positions';

export interface ViewState {
  readonly entities: readonly string[];
  /**
   * The links the author had loaded (drawn unless filtered or hidden). Null for an address that
   * lists none (written by hand, or before links were kept): every link among the entities is drawn.
   */
  readonly links: readonly string[] | null;
  /** Where entities sat; those without a position are laid out around the others. */
  readonly positions: Readonly<Record<string, Position>>;
  readonly hidden: readonly string[];
  readonly expanded: readonly string[];
  readonly filters: Filters;
  readonly asOf: string | null;
  readonly selection: Selection;
  readonly trace: { readonly from: string; readonly to: string; readonly active: number | null } | null;
  readonly layout: LayoutName;
  readonly chineseNames: boolean;
}

/** The view of an empty canvas; its defaults are the model's, so the two can never disagree. */
export const EMPTY_VIEW: ViewState = {
  entities: [],
  links: null,
  positions: EMPTY_STATE.positions,
  hidden: EMPTY_STATE.hidden,
  expanded: EMPTY_STATE.expanded,
  filters: EMPTY_STATE.filters,
  asOf: EMPTY_STATE.asOf,
  selection: EMPTY_STATE.selection,
  trace: null,
  layout: EMPTY_STATE.layout,
  chineseNames: EMPTY_STATE.chineseNames,
};

const KEYS = {
  entities: 'n',
  links: 'r',
  positions: 'p',
  hidden: 'h',
  expanded: 'x',
  types: 'ft',
  statuses: 'fs',
  kinds: 'fk',
  asOf: 'd',
  selection: 's',
  trace: 't',
  activePath: 'tp',
  layout: 'l',
  chineseNames: 'zh',
} as const;

// Sorted so that the same view always gives the same link.
const sorted = (ids: Iterable<string>): string[] => [...new Set(ids)].sort();

export function viewOf(state: GraphState): ViewState {
  const entities = sorted(Object.keys(state.entities));
  const positions: Record<string, Position> = {};
  for (const id of entities) {
    const p = state.positions[id];
    if (p) positions[id] = p;
  }
  return {
    entities,
    links: entities.length > 0 ? sorted(Object.keys(state.relationships)) : null,
    positions,
    hidden: sorted(state.hidden),
    expanded: sorted(state.expanded),
    filters: state.filters,
    asOf: state.asOf,
    selection: state.selection,
    trace: state.trace ? { from: state.trace.from, to: state.trace.to, active: state.trace.active } : null,
    layout: state.layout,
    chineseNames: state.chineseNames,
  };
}

const ID_SEPARATOR = ',';

export function toQuery(view: ViewState): string {
  const params = new URLSearchParams();
  const list = (key: string, values: readonly string[]): void => {
    if (values.length > 0) params.set(key, sorted(values).join(ID_SEPARATOR));
  };
  list(KEYS.entities, view.entities);
  // Written even when empty ("r="): a view with no links is not an address that lists none.
  if (view.entities.length > 0 && view.links !== null) params.set(KEYS.links, sorted(view.links).join(ID_SEPARATOR));
  const positions = encodePositions(sorted(view.entities), view.positions);
  if (positions) params.set(KEYS.positions, positions);
  list(KEYS.hidden, view.hidden);
  list(KEYS.expanded, view.expanded);
  list(KEYS.types, view.filters.hiddenTypes);
  list(KEYS.statuses, view.filters.hiddenStatuses);
  list(KEYS.kinds, view.filters.hiddenKinds);
  if (view.asOf) params.set(KEYS.asOf, view.asOf);
  if (view.selection) params.set(KEYS.selection, `${view.selection.kind === 'node' ? 'n' : 'e'}:${view.selection.id}`);
  if (view.trace) {
    params.set(KEYS.trace, `${view.trace.from}${ID_SEPARATOR}${view.trace.to}`);
    if (view.trace.active !== null) params.set(KEYS.activePath, String(view.trace.active));
  }
  if (view.layout !== EMPTY_VIEW.layout) params.set(KEYS.layout, view.layout);
  if (view.chineseNames) params.set(KEYS.chineseNames, '1');
  return params.toString();
}

const ID = /^[\w.:-]{1,200}$/u;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function ids(params: URLSearchParams, key: string): string[] {
  const raw = params.get(key);
  if (!raw) return [];
  return sorted(raw.split(ID_SEPARATOR).filter((id) => ID.test(id)));
}

function parseSelection(raw: string | null): Selection {
  const m = raw ? /^([ne]):(.+)$/.exec(raw) : null;
  if (!m?.[2] || !ID.test(m[2])) return null;
  return { kind: m[1] === 'n' ? 'node' : 'edge', id: m[2] };
}

function parseTrace(params: URLSearchParams): ViewState['trace'] {
  const [from, to, ...rest] = (params.get(KEYS.trace) ?? '').split(ID_SEPARATOR);
  if (!from || !to || rest.length > 0 || !ID.test(from) || !ID.test(to)) return null;
  const active = Number(params.get(KEYS.activePath) ?? 'NaN');
  return { from, to, active: Number.isInteger(active) && active >= 0 ? active : null };
}

export function fromQuery(query: string): ViewState {
  const params = new URLSearchParams(query);
  const entities = ids(params, KEYS.entities);
  const onCanvas = new Set(entities);
  const only = (list: string[]): string[] => list.filter((id) => onCanvas.has(id));
  const layout = params.get(KEYS.layout);
  const asOf = params.get(KEYS.asOf);
  const selection = parseSelection(params.get(KEYS.selection));
  return {
    entities,
    links: entities.length > 0 && params.has(KEYS.links) ? ids(params, KEYS.links) : null,
    positions: decodePositions(entities, params.get(KEYS.positions)),
    hidden: only(ids(params, KEYS.hidden)),
    expanded: only(ids(params, KEYS.expanded)),
    filters: {
      hiddenTypes: ids(params, KEYS.types).filter(isRelationType),
      hiddenStatuses: ids(params, KEYS.statuses).filter(isStatus),
      hiddenKinds: ids(params, KEYS.kinds).filter(isEntityKind),
    },
    asOf: asOf && DAY.test(asOf) ? asOf : null,
    // An entity selection must be on the canvas; an edge's ends are checked once it is loaded.
    selection: selection?.kind === 'node' && !onCanvas.has(selection.id) ? null : selection,
    trace: parseTrace(params),
    layout: (LAYOUTS as readonly string[]).includes(layout ?? '') ? (layout as LayoutName) : EMPTY_VIEW.layout,
    chineseNames: params.get(KEYS.chineseNames) === '1',
  };
}

