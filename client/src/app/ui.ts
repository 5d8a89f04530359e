// Transient interface state shared by distant components (toolbar, context menu, side panel).
import { createValueStore } from '../model/store';
import type { ValueStore } from '../model/store';
import type { EvidenceInfo } from '../api/linkage';
import type { ContextTarget } from '../canvas/useCytoscape';
import type { EntityKind, RelationType } from '../model/types';

export interface EntityRef {
  readonly id: string;
  readonly name: string;
}

/** `history` shows the selection's revisions; `edit`, `review` and `intake` ("Add article") are for accounts that may write. */
export type SideTab = 'details' | 'history' | 'trace' | 'edit' | 'review' | 'intake';

export interface UiState {
  readonly tab: SideTab;
  readonly traceFrom: EntityRef | null;
  readonly traceTo: EntityRef | null;
  /** The open context menu and what it is for. */
  readonly menu: ContextTarget | null;
  /** What traced paths may not go through (e.g. agencies as connectors); sent with every trace. */
  readonly traceExclude: TraceExclusion;
  /** The article open in the evidence reader, and the quotes marked in it. */
  readonly article: ArticleView | null;
  /** The table view of what is on the canvas is open (under the canvas). */
  readonly table: boolean;
}

export interface ArticleView {
  readonly sourceId: string;
  /** The quotes to mark, as they stand in the article. */
  readonly quotes: readonly string[];
  /** Which of them the reader scrolls to. */
  readonly focus: number;
}

export interface TraceExclusion {
  readonly kinds: readonly EntityKind[];
  readonly types: readonly RelationType[];
}

export const NO_TRACE_EXCLUSION: TraceExclusion = { kinds: [], types: [] };

export type UiStore = ValueStore<UiState>;

export const createUiStore = (): UiStore => createValueStore<UiState>({ tab: 'details', traceFrom: null, traceTo: null, menu: null, traceExclude: NO_TRACE_EXCLUSION, article: null, table: false });

/** Quotes per link, filled by traces and by the evidence panel, read by the path list and the brief. */
export type EvidenceStore = ValueStore<Readonly<Record<string, readonly EvidenceInfo[]>>>;

export const createEvidenceStore = (): EvidenceStore => createValueStore<Readonly<Record<string, readonly EvidenceInfo[]>>>({});

export function rememberEvidence(store: EvidenceStore, entries: Readonly<Record<string, readonly EvidenceInfo[]>>): void {
  store.set({ ...store.get(), ...entries });
}
