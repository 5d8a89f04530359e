// What the page's services are, as types only: the stores and the explorer that components reach
// through AppContext, and that actions receive. Kept apart from the modules that implement them so
// that the action table, the context and the explorer need not import one another for types.
import type { GraphStore } from '../model/store';
import type { ViewState } from '../url/viewState';
import type { Editing } from './editing';
import type { Intake } from './intake';
import type { Notes } from './notes';
import type { SavedViews } from './savedViews';
import type { StatusStore } from './status';
import type { EntityRef, EvidenceStore, UiStore } from './ui';

export interface Explorer {
  open(ref: EntityRef): Promise<void>;
  expand(id: string): Promise<void>;
  expandMore(id: string): Promise<void>;
  trace(from: EntityRef, to: EntityRef): Promise<void>;
  retrace(): Promise<void>;
  /** The whole graph onto the canvas, when it is small enough (api/graphStats.ts). */
  showEverything(): Promise<void>;
  /** Opens a view as the page's first state, or with `step` as an undo step of that name (a saved view). */
  restore(view: ViewState, step?: string): Promise<void>;
}

export interface AppServices {
  readonly store: GraphStore;
  readonly status: StatusStore;
  readonly ui: UiStore;
  readonly evidence: EvidenceStore;
  readonly explorer: Explorer;
  /** Accounts, proposals, review and history (app/editing.ts). */
  readonly editing: Editing;
  /** "Add article": reading an article and filing its candidates (app/intake.ts). */
  readonly intake: Intake;
  /** Notes on the selected entity or link (app/notes.ts). */
  readonly notes: Notes;
  /** Saved views: the Views panel and `?saved=` addresses (app/savedViews.ts). */
  readonly views: SavedViews;
}
