// The explorer's state as plain data: no DOM, no Cytoscape, so the model runs (and is tested) in Node.
import type { DateBasis, EntityKind, EntityType, RelationType, Status } from '#vocabulary';
import type { ProposedLink } from './proposed';

export type { DateBasis, EntityKind, EntityType, RelationType, Status };

export interface EntityData {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly type: EntityType;
  readonly kind: EntityKind;
  readonly country: string | null;
  readonly description: string | null;
  /** All links of the entity in the database, so the page can say how many are not on the canvas. */
  readonly degree: number;
}

/** A link as the canvas needs it; evidence is fetched when the link is inspected. */
export interface RelationshipData {
  readonly id: string;
  readonly type: RelationType;
  readonly label: string;
  readonly from: string;
  readonly to: string;
  readonly status: Status;
  readonly validFrom: string | null;
  readonly validTo: string | null;
  /** How each date is known (stated, inferred, or only a bound); null when that date is. */
  readonly validFromBasis: DateBasis | null;
  readonly validToBasis: DateBasis | null;
  /** How the dates were worked out, or what bounds them. */
  readonly datesNote: string | null;
  readonly role: string | null;
  readonly note: string | null;
  /** The latest report among its supporting quotes: what an as-of view ages a report or rumour by. */
  readonly lastReportedOn: string | null;
}

export interface Subgraph {
  readonly nodes: readonly EntityData[];
  readonly edges: readonly RelationshipData[];
}

export interface PathStepData {
  readonly entityId: string;
  /** The link walked to reach this entity; null on the first step. */
  readonly viaId: string | null;
  /** True when the link was walked against its direction. */
  readonly reversed: boolean;
}

export interface PathData {
  readonly steps: readonly PathStepData[];
  /** The status of its weakest step, which ranks the paths (the server's order); absent in older states. */
  readonly weakest?: Status;
}

export interface Trace {
  readonly from: string;
  readonly to: string;
  readonly paths: readonly PathData[];
  /** Which path is emphasised; null highlights all of them. */
  readonly active: number | null;
  /** The date and filters the paths were found under; when they change the page traces again. */
  readonly basis?: string;
}

/** Filters list what is switched off, so that an empty filter shows everything (and new types appear). */
export interface Filters {
  readonly hiddenTypes: readonly RelationType[];
  readonly hiddenStatuses: readonly Status[];
  readonly hiddenKinds: readonly EntityKind[];
}

export type Selection = { readonly kind: 'node'; readonly id: string } | { readonly kind: 'edge'; readonly id: string } | null;

export const LAYOUTS = ['fcose', 'dagre'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export interface Position {
  readonly x: number;
  readonly y: number;
}

export interface GraphState {
  readonly entities: Readonly<Record<string, EntityData>>;
  readonly relationships: Readonly<Record<string, RelationshipData>>;
  /** Entities kept in the state but not drawn. */
  readonly hidden: readonly string[];
  /** Entities whose neighbourhood was fetched; they show "+N more" for links left out. */
  readonly expanded: readonly string[];
  readonly filters: Filters;
  /** Show the graph as of this day (YYYY-MM-DD); null shows every link whatever its dates. */
  readonly asOf: string | null;
  readonly selection: Selection;
  /**
   * Entities selected together with the selection (Shift+click, the table), for actions on several
   * at once such as revealing the links among them. Absent or empty for a single selection.
   */
  readonly picked?: readonly string[];
  readonly trace: Trace | null;
  readonly layout: LayoutName;
  /** Entities are labelled with their Chinese name too (under the English one), where they have one. */
  readonly chineseNames: boolean;
  /** Bumped to ask the renderer to lay out every node again. */
  readonly layoutRun: number;
  readonly positions: Readonly<Record<string, Position>>;
  /**
   * Links proposed and not yet reviewed, for contributors and editors only (app/editing.ts keeps it
   * equal to the pending proposals; it is server data, never an undo step). Absent for readers.
   */
  readonly proposed?: readonly ProposedLink[];
}

export const EMPTY_FILTERS: Filters = { hiddenTypes: [], hiddenStatuses: [], hiddenKinds: [] };

export const EMPTY_STATE: GraphState = {
  entities: {},
  relationships: {},
  hidden: [],
  expanded: [],
  filters: EMPTY_FILTERS,
  asOf: null,
  selection: null,
  trace: null,
  layout: 'fcose',
  chineseNames: false,
  layoutRun: 0,
  positions: {},
};
