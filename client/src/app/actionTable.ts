// Every reader action, once: its name, shortcuts, whether it is an undo step, and what it does. The
// toolbar, the context menu, the side panel, the legend, the time bar and the keyboard handlers all
// read from here, so a label or a key changes in one place. How to add one: client/README.md.
import type { RelationshipDetails } from '../api/linkage';
import { exportBrief, exportBriefMarkdown, exportEntitiesCsv, exportJson } from '../export/exports';
import {
  addNeighbourhood,
  addSubgraph,
  clearCanvas,
  hideNodes,
  relayout,
  removeNodes,
  select,
  selectAdjacent,
  setActivePath,
  setDate,
  setFilter,
  setLayout,
  setPositions,
  setTrace,
  showHidden,
  toggleChineseNames,
  toggleKind,
  toggleRelationType,
  toggleStatus,
} from '../model/actions';
import { canRedo, canUndo } from '../model/history';
import { revealLinksAmong, selectAdjacentLink, selectAllEntities, selectedEntities, selectToward, togglePicked } from '../model/selectMany';
import type { Direction } from '../model/selectMany';
import type { EntityKind, GraphState, LayoutName, Position, RelationType, Selection, Status, Subgraph } from '../model/types';
import { RELATION_TYPES } from '#vocabulary';
import { monthLabel } from '../text/dates';
import { KIND_STYLES } from '../theme/entityStyles';
import { RELATION_STYLES } from '../theme/relationStyles';
import { commit } from './action';
import type { ActionContext, EffectAction, Ends, Fetched, ModelAction, PageView, TraceEnds, Traced } from './action';
import { exportGraphMLWithQuotes, exportImage, exportLinksCsvWithQuotes, revealAmongSelected } from './canvasOps';
import type { Revealed } from './canvasOps';
import { EDITING_ACTIONS } from './editingActions';
import { INTAKE_ACTIONS } from './intakeActions';
import { NOTE_ACTIONS } from './notesActions';
import { copyViewLink } from './share';
import { VIEW_ACTIONS } from './viewsActions';
import type { ArticleView, EntityRef } from './ui';

const model = <A, I = A>(action: ModelAction<NoInfer<A>, NoInfer<I>>): ModelAction<A, I> => action;
const effect = <I = void>(action: EffectAction<NoInfer<I>>): EffectAction<I> => action;

const hasEntities = (_: unknown, { state }: PageView): boolean => Object.keys(state.entities).length > 0;
const nameOf = (state: GraphState, id: string): string => state.entities[id]?.name ?? id;
const fetchedName = ({ id, sub }: Fetched): string => sub.nodes.find((n) => n.id === id)?.name ?? id;
const verb = (hidden: boolean): string => (hidden ? 'Show' : 'Hide');
const short = (type: RelationType): string => RELATION_STYLES[type].short;
const ALL_TYPES = Object.keys(RELATION_TYPES) as RelationType[];
const LAYOUT_NAMES: Record<LayoutName, { label: string; hint: string }> = {
  fcose: { label: 'Force', hint: 'Force-directed' },
  dagre: { label: 'Hierarchy', hint: 'Hierarchy: owners above what they own' },
};
const closeMenu = (ctx: ActionContext): void => ctx.ui.set({ ...ctx.ui.get(), menu: null });
const centreOnSelection = (ctx: ActionContext): void => {
  const sel = ctx.store.getState().selection;
  if (sel) ctx.canvas.centerOn(sel.id);
};
const severalSelected = (_: unknown, { state }: PageView): boolean => selectedEntities(state).length >= 2;
/** Selecting with the keyboard, then bringing the selection into view. */
const moveSelection = (id: string, label: string, keys: readonly string[], perform: (s: GraphState) => GraphState): ModelAction<void> =>
  model<void>({
    id,
    label,
    keys,
    undoable: false,
    perform,
    run: (ctx) => {
      ctx.store.applyQuietly(perform);
      centreOnSelection(ctx);
    },
  });
const toward = (direction: Direction, key: string): ModelAction<void> =>
  moveSelection(`entity${direction[0]?.toUpperCase() ?? ''}${direction.slice(1)}`, `Entity ${direction === 'up' ? 'above' : direction === 'down' ? 'below' : `to the ${direction}`}`, [key], (s) => selectToward(s, direction));

export const ACTIONS = {
  // The history itself.
  undo: effect({
    id: 'undo',
    label: (_, { history }) => (canUndo(history) ? `Undo: ${history.present.label}` : 'Nothing to undo'),
    short: 'Undo',
    keys: ['Mod+Z'],
    undoable: false,
    enabled: (_, { history }) => canUndo(history),
    run: (ctx) => ctx.store.undo(),
  }),
  redo: effect({
    id: 'redo',
    label: (_, { history }) => (canRedo(history) ? `Redo: ${history.future[0]?.label ?? ''}` : 'Nothing to redo'),
    short: 'Redo',
    keys: ['Mod+Shift+Z', 'Mod+Y'],
    undoable: false,
    enabled: (_, { history }) => canRedo(history),
    run: (ctx) => ctx.store.redo(),
  }),
  focusSearch: effect({ id: 'focusSearch', label: 'Search entities', short: 'Search', keys: ['/'], undoable: false, run: (ctx) => ctx.focusSearch() }),

  // Bringing entities and links onto the canvas (the explorer fetches, then commits these).
  open: model<Fetched, EntityRef>({
    id: 'open',
    label: 'Add to canvas',
    step: (f) => `Add ${fetchedName(f)}`,
    keys: [],
    undoable: true,
    perform: (s, { id, sub }) => select(addNeighbourhood(s, [id], sub), { kind: 'node', id }),
    run: (ctx, ref) => void ctx.explorer.open(ref),
  }),
  expand: model<Fetched, string>({
    id: 'expand',
    label: 'Expand neighbours',
    short: 'Expand',
    step: (f) => `Expand ${fetchedName(f)}`,
    keys: ['Enter', 'E'],
    undoable: true,
    perform: (s, { id, sub }) => addNeighbourhood(s, [id], sub),
    run: (ctx, id) => void ctx.explorer.expand(id),
  }),
  expandMore: model<Fetched, string>({
    id: 'expandMore',
    label: 'More links',
    step: (f) => `More links of ${fetchedName(f)}`,
    keys: [],
    undoable: true,
    perform: (s, { id, sub }) => addNeighbourhood(s, [id], sub),
    run: (ctx, id) => void ctx.explorer.expandMore(id),
  }),
  showLink: model<Pick<RelationshipDetails, 'rel' | 'from' | 'to'>>({
    id: 'showLink',
    label: 'Add link to canvas',
    step: ({ from, to }) => `Add link ${from.name} → ${to.name}`,
    keys: [],
    undoable: true,
    perform: (s, { rel, from, to }) => select(addSubgraph(s, { nodes: [from, to].filter((e) => !s.entities[e.id]), edges: [rel] }), { kind: 'edge', id: rel.id }),
  }),

  showEverything: model<Subgraph, void>({
    id: 'showEverything',
    label: 'Show everything',
    hint: 'Draw every entity and link of the graph (offered while the graph is small)',
    step: (sub) => `Show everything (${sub.nodes.length} entities)`,
    keys: [],
    undoable: true,
    perform: (s, sub) => addSubgraph(s, sub),
    run: (ctx) => void ctx.explorer.showEverything(),
  }),

  // Reading: selecting is not an undo step.
  select: model<Selection>({ id: 'select', label: 'Select', keys: [], undoable: false, perform: select }),
  showDetails: model<string>({ id: 'showDetails', label: 'Show details', keys: [], undoable: false, perform: (s, id) => select(s, { kind: 'node', id }) }),
  readArticle: effect<ArticleView>({
    id: 'readArticle',
    label: 'Read the whole article',
    short: 'Read the article',
    hint: 'Open the whole article with the quotes marked, scrolled to this one',
    keys: [],
    undoable: false,
    run: (ctx, article) => ctx.ui.set({ ...ctx.ui.get(), article }),
  }),
  closeArticle: effect({ id: 'closeArticle', label: 'Close the article', keys: [], undoable: false, run: (ctx) => ctx.ui.set({ ...ctx.ui.get(), article: null }) }),
  excludeFromTrace: effect<{ kind?: EntityKind; type?: RelationType }>({
    id: 'excludeFromTrace',
    label: 'Leave out of paths',
    hint: 'Paths may not pass through entities of this kind, or use links of this type; traces again',
    keys: [],
    undoable: false,
    run: (ctx, { kind, type }) => {
      const ui = ctx.ui.get();
      const flip = <T>(list: readonly T[], item: T | undefined): readonly T[] => (item === undefined ? list : list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
      ctx.ui.set({ ...ui, traceExclude: { kinds: flip(ui.traceExclude.kinds, kind), types: flip(ui.traceExclude.types, type) } });
      const { traceFrom, traceTo } = ctx.ui.get();
      if (ctx.store.getState().trace && traceFrom && traceTo && traceFrom.id !== traceTo.id) void ctx.explorer.trace(traceFrom, traceTo);
    },
  }),
  showEvidence: model<string>({
    id: 'showEvidence',
    label: 'Show evidence',
    hint: 'Show all evidence for this link',
    keys: [],
    undoable: false,
    perform: (s, id) => select(s, { kind: 'edge', id }),
  }),
  nextEntity: model<void>({
    id: 'nextEntity',
    label: 'Next entity',
    keys: ['N'],
    undoable: false,
    perform: (s) => selectAdjacent(s, 1),
    run: (ctx) => {
      commit(ctx.store, ACTIONS.nextEntity, undefined);
      centreOnSelection(ctx);
    },
  }),
  previousEntity: model<void>({
    id: 'previousEntity',
    label: 'Previous entity',
    keys: ['Shift+N'],
    undoable: false,
    perform: (s) => selectAdjacent(s, -1),
    run: (ctx) => {
      commit(ctx.store, ACTIONS.previousEntity, undefined);
      centreOnSelection(ctx);
    },
  }),
  // The arrows move by position, to the nearest entity that way; L and Shift+L step through links.
  entityLeft: toward('left', 'ArrowLeft'),
  entityRight: toward('right', 'ArrowRight'),
  entityUp: toward('up', 'ArrowUp'),
  entityDown: toward('down', 'ArrowDown'),
  nextLink: moveSelection('nextLink', 'Next link', ['L'], (s) => selectAdjacentLink(s, 1)),
  previousLink: moveSelection('previousLink', 'Previous link', ['Shift+L'], (s) => selectAdjacentLink(s, -1)),
  pick: model<string>({
    id: 'pick',
    label: 'Add to selection',
    hint: 'Shift+click: select several entities',
    keys: [],
    undoable: false,
    perform: togglePicked,
  }),
  selectAll: model<void>({ id: 'selectAll', label: 'Select all entities', keys: ['Mod+A'], undoable: false, enabled: hasEntities, perform: selectAllEntities }),
  revealLinks: model<Revealed, void>({
    id: 'revealLinks',
    label: (_, { state }) => (selectedEntities(state).length >= 2 ? `Reveal links among ${selectedEntities(state).length} selected` : 'Reveal links among selected'),
    hint: 'Draw every link between the selected entities (Shift+click to select several)',
    step: ({ ids }) => `Reveal links among ${ids.length} entities`,
    keys: ['R'],
    undoable: true,
    enabled: severalSelected,
    unavailable: 'select two or more',
    perform: (s, { ids, sub }) => revealLinksAmong(s, ids, sub),
    run: (ctx) => void revealAmongSelected(ctx, ACTIONS.revealLinks),
  }),
  deselect: model<void>({
    id: 'deselect',
    label: 'Deselect',
    keys: ['Escape'],
    undoable: false,
    perform: (s) => select(s, null),
    run: (ctx) => {
      closeMenu(ctx);
      commit(ctx.store, ACTIONS.deselect, undefined);
    },
  }),
  openMenu: effect({
    id: 'openMenu',
    label: 'Actions',
    keys: ['Shift+F10', 'ContextMenu'],
    undoable: false,
    run: (ctx) => {
      const sel = ctx.store.getState().selection;
      const box = sel ? ctx.canvas.boxOf(sel.id) : null;
      const menu = sel && box ? { kind: sel.kind, id: sel.id, x: (box.x1 + box.x2) / 2, y: box.y2 } : { kind: 'canvas' as const, id: null, x: 24, y: 24 };
      ctx.ui.set({ ...ctx.ui.get(), menu });
    },
  }),
  highlightPath: model<number | null>({ id: 'highlightPath', label: 'Highlight only this path', keys: [], undoable: false, perform: setActivePath }),

  // Editing the canvas.
  hide: model<string>({ id: 'hide', label: 'Hide', step: (id, { state }) => `Hide ${nameOf(state, id)}`, keys: ['H'], undoable: true, perform: (s, id) => hideNodes(s, [id]) }),
  remove: model<string>({
    id: 'remove',
    label: 'Remove from canvas',
    short: 'Remove',
    step: (id, { state }) => `Remove ${nameOf(state, id)}`,
    keys: ['Delete', 'Backspace'],
    undoable: true,
    perform: (s, id) => removeNodes(s, [id]),
  }),
  move: model<{ positions: Readonly<Record<string, Position>>; name: string }>({
    id: 'move',
    label: 'Move',
    step: ({ name }) => `Move ${name}`,
    keys: [],
    undoable: true,
    perform: (s, { positions }) => setPositions(s, positions),
  }),
  showHidden: model<void>({
    id: 'showHidden',
    label: (_, { state }) => `Show ${state.hidden.length} hidden`,
    step: 'Show hidden',
    keys: [],
    undoable: true,
    enabled: (_, { state }) => state.hidden.length > 0,
    perform: showHidden,
  }),
  clearCanvas: model<void>({ id: 'clearCanvas', label: 'Clear canvas', keys: [], undoable: true, enabled: hasEntities, perform: clearCanvas }),
  layout: model<LayoutName>({
    id: 'layout',
    label: (name) => LAYOUT_NAMES[name].label,
    hint: (name) => LAYOUT_NAMES[name].hint,
    step: (name) => `${LAYOUT_NAMES[name].label} layout`,
    keys: [],
    undoable: true,
    // Choosing the layout already in use lays the graph out again.
    perform: (s, name) => (s.layout === name ? relayout(s) : setLayout(s, name)),
  }),
  relayout: model<void>({ id: 'relayout', label: 'Lay out again', step: 'Re-layout', keys: [], undoable: true, enabled: hasEntities, perform: relayout }),
  fit: effect({ id: 'fit', label: 'Fit to screen', keys: ['0'], undoable: false, enabled: hasEntities, run: (ctx) => ctx.canvas.fit() }),
  zoomIn: effect({ id: 'zoomIn', label: 'Zoom in', keys: ['+', '='], undoable: false, run: (ctx) => ctx.canvas.zoomBy(1.25) }),
  zoomOut: effect({ id: 'zoomOut', label: 'Zoom out', keys: ['-'], undoable: false, run: (ctx) => ctx.canvas.zoomBy(0.8) }),
  toggleTable: effect({
    id: 'toggleTable',
    label: 'Table',
    hint: 'A table of the entities and links on the canvas',
    keys: ['T'],
    undoable: false,
    run: (ctx) => ctx.ui.set({ ...ctx.ui.get(), table: !ctx.ui.get().table }),
  }),

  // Filters and the date.
  toggleRelationType: model<RelationType>({
    id: 'toggleRelationType',
    label: (type, { state }) => `${verb(state.filters.hiddenTypes.includes(type))} all “${short(type)}” links`,
    step: (type, { state }) => `${verb(state.filters.hiddenTypes.includes(type))} “${short(type)}” links`,
    keys: [],
    undoable: true,
    perform: toggleRelationType,
  }),
  toggleAllTypes: model<void>({
    id: 'toggleAllTypes',
    label: (_, { state }) => `${verb(state.filters.hiddenTypes.length > 0)} all`,
    step: (_, { state }) => `${verb(state.filters.hiddenTypes.length > 0)} all link types`,
    keys: [],
    undoable: true,
    perform: (s) => setFilter(s, { hiddenTypes: s.filters.hiddenTypes.length > 0 ? [] : ALL_TYPES }),
  }),
  toggleStatus: model<Status>({
    id: 'toggleStatus',
    label: (status, { state }) => `${verb(state.filters.hiddenStatuses.includes(status))} ${status.toLowerCase()} links`,
    keys: [],
    undoable: true,
    perform: toggleStatus,
  }),
  toggleKind: model<EntityKind>({
    id: 'toggleKind',
    label: (kind, { state }) => `${verb(state.filters.hiddenKinds.includes(kind))} ${KIND_STYLES[kind].label.toLowerCase()} entities`,
    keys: [],
    undoable: true,
    perform: toggleKind,
  }),
  toggleChineseNames: model<void>({
    id: 'toggleChineseNames',
    label: (_, { state }) => `${verb(!state.chineseNames)} Chinese names`,
    hint: 'Label entities with their Chinese name too, under the English one',
    keys: [],
    undoable: true,
    perform: toggleChineseNames,
  }),
  setDate: model<string>({ id: 'setDate', label: (day) => `Show as of ${monthLabel(day)}`, keys: [], undoable: true, coalesceKey: 'date', perform: setDate }),
  showAllDates: model<void>({ id: 'showAllDates', label: 'Show all dates', keys: [], undoable: true, perform: (s) => setDate(s, null) }),

  // Tracing.
  traceFrom: effect<EntityRef>({ id: 'traceFrom', label: 'Trace from here', short: 'Trace from', keys: [], undoable: false, run: (ctx, ref) => ctx.ui.set({ ...ctx.ui.get(), tab: 'trace', traceFrom: ref }) }),
  traceTo: effect<EntityRef>({ id: 'traceTo', label: 'Trace to here', keys: [], undoable: false, run: (ctx, ref) => ctx.ui.set({ ...ctx.ui.get(), tab: 'trace', traceTo: ref }) }),
  swapTraceEnds: effect({
    id: 'swapTraceEnds',
    label: 'Swap from and to',
    hint: 'Swap',
    keys: [],
    undoable: false,
    run: (ctx) => ctx.ui.set({ ...ctx.ui.get(), traceFrom: ctx.ui.get().traceTo, traceTo: ctx.ui.get().traceFrom }),
  }),
  trace: model<Traced, TraceEnds>({
    id: 'trace',
    label: 'Find paths',
    step: ({ from, to }) => `Trace ${from.name} → ${to.name}`,
    keys: [],
    undoable: true,
    enabled: ({ from, to }) => from !== null && to !== null && from.id !== to.id,
    perform: (s, { trace, sub }) => setTrace(s, trace, sub),
    run: (ctx, { from, to }) => {
      if (from && to && from.id !== to.id) void ctx.explorer.trace(from, to);
    },
  }),
  traceFromPicked: effect<Ends>({
    id: 'traceFromPicked',
    label: ({ from }) => `Trace from ${from.name} to here`,
    keys: [],
    undoable: false,
    run: (ctx, { from, to }) => void ctx.explorer.trace(from, to),
  }),
  clearTrace: model<void>({ id: 'clearTrace', label: 'Clear trace', short: 'Clear', keys: [], undoable: true, perform: (s) => setTrace(s, null) }),

  // Exports and sharing.
  exportPng: effect({ id: 'exportPng', label: 'Image (PNG)', keys: [], undoable: false, enabled: hasEntities, run: (ctx) => void exportImage(ctx, 'png') }),
  exportSvg: effect({ id: 'exportSvg', label: 'Image (SVG)', keys: [], undoable: false, enabled: hasEntities, run: (ctx) => void exportImage(ctx, 'svg') }),
  exportJson: effect({ id: 'exportJson', label: 'Visible subgraph (JSON)', keys: [], undoable: false, enabled: hasEntities, run: (ctx) => exportJson(ctx.store.getState()) }),
  exportGraphML: effect({
    id: 'exportGraphML',
    label: 'Visible subgraph (GraphML)',
    keys: [],
    undoable: false,
    enabled: hasEntities,
    run: (ctx) => void exportGraphMLWithQuotes(ctx),
  }),
  exportEntitiesCsv: effect({
    id: 'exportEntitiesCsv',
    label: 'Visible entities (CSV)',
    keys: [],
    undoable: false,
    enabled: hasEntities,
    run: (ctx) => exportEntitiesCsv(ctx.store.getState()),
  }),
  exportLinksCsv: effect({
    id: 'exportLinksCsv',
    label: 'Visible links with quotes (CSV)',
    keys: [],
    undoable: false,
    enabled: hasEntities,
    run: (ctx) => void exportLinksCsvWithQuotes(ctx),
  }),
  exportBrief: effect({
    id: 'exportBrief',
    label: 'Traced path brief (text)',
    short: 'Brief',
    keys: [],
    undoable: false,
    enabled: (_, { state }) => state.trace !== null,
    unavailable: 'trace first',
    run: (ctx) => exportBrief(ctx.store.getState(), ctx.evidence.get()),
  }),
  exportBriefMarkdown: effect({
    id: 'exportBriefMarkdown',
    label: 'Traced path brief (Markdown)',
    keys: [],
    undoable: false,
    enabled: (_, { state }) => state.trace !== null,
    unavailable: 'trace first',
    run: (ctx) => exportBriefMarkdown(ctx.store.getState(), ctx.evidence.get(), window.location.href),
  }),
  copyLink: effect({ id: 'copyLink', label: 'Copy link', keys: [], undoable: false, run: (ctx) => void copyViewLink(ctx.status) }),

  // Editing (app/editingActions.ts).
  ...EDITING_ACTIONS,

  // Adding an article (app/intakeActions.ts).
  ...INTAKE_ACTIONS,

  // Notes on an entity or a link (app/notesActions.ts).
  ...NOTE_ACTIONS,
  // Saved views (app/viewsActions.ts).
  ...VIEW_ACTIONS,
};

export type ActionTable = typeof ACTIONS;
export type ActionId = keyof ActionTable;

/** What a control passes when it runs the action (nothing for most). */
export type InputOf<K extends ActionId> = K extends ActionId ? (ActionTable[K] extends { readonly enabled?: (input: infer I, view: PageView) => boolean } ? I : never) : never;
