// Saved views on the page, the pure parts: what "the current view" is when it is saved (exactly the
// query string the address bar carries), the link that opens a saved view, which saved view an
// address asks for, how the panel words a refusal, and the panel's state. The effects are in
// app/savedViews.ts.
import { checkViewName, SAVED_VIEW_PARAM, VIEW_ID, viewStateProblem } from '#vocabulary/views';
import type { ViewVisibility } from '#vocabulary/views';
import type { SavedViewInfo } from '../api/views';
import { ApiError } from '../api/graphql';
import { toQuery, viewOf } from '../url/viewState';
import type { GraphState } from './types';

/** The view as the address bar carries it (app/urlSync.ts writes the same), without the page's own parameters. */
export const currentViewState = (state: GraphState): string => toQuery(viewOf(state));

/** The address that opens a saved view for anyone its visibility lets read it. */
export const savedViewLink = (origin: string, id: string): string => `${origin}/?${SAVED_VIEW_PARAM}=${encodeURIComponent(id)}`;

/** The saved view an address asks for (`?saved=<id>`), if it names one that could exist. */
export function savedViewIdIn(search: string): string | null {
  const id = new URLSearchParams(search).get(SAVED_VIEW_PARAM);
  return id !== null && VIEW_ID.test(id) ? id : null;
}

export const VISIBILITY_LABELS: Readonly<Record<ViewVisibility, { label: string; hint: string }>> = {
  PRIVATE: { label: 'Private', hint: 'Only you can open it' },
  SHARED: { label: 'Shared by link', hint: 'Anyone who can read Linkage and has the link can open it' },
  LISTED: { label: 'Listed for everyone', hint: 'Shared by link, and in everyone’s list of views' },
};

/** What is wrong with saving the canvas under this name, or null. */
export function saveProblem(name: string, state: GraphState): string | null {
  if (Object.keys(state.entities).length === 0) return 'Put something on the canvas first';
  const checked = checkViewName(name);
  if (!checked.ok) return checked.message;
  return viewStateProblem(currentViewState(state));
}

/** A refused request as the panel says it: nothing is lost, and what to do next. */
export function viewFailure(err: unknown): string {
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : String(err);
  switch (err.code) {
    case 'CONFLICT':
      return 'Someone changed this view since the list was loaded; the list is up to date again, try once more.';
    case 'NOT_FOUND':
      return 'This view is no longer there, or it is private to its owner.';
    case 'UNAUTHENTICATED':
      return 'Sign in to save and change views; your session may have ended.';
    case 'FORBIDDEN':
      return 'Only the view’s owner may do that.';
    case 'SERVICE_UNAVAILABLE':
    case 'NETWORK':
      return 'Linkage cannot reach its database right now; nothing was changed. Try again shortly.';
    case 'TOO_MANY_REQUESTS':
      return 'Too many requests at once; wait a little, then try again.';
    // The server's refusals of a name or a state are written for readers ("A view's name has at most 100 characters").
    case 'BAD_USER_INPUT':
      return err.message;
    default:
      return 'Something went wrong on the server; nothing was changed. Try again in a moment.';
  }
}

export interface ViewsPanelState {
  readonly open: boolean;
  /** The signed-in account's views, newest first. */
  readonly mine: readonly SavedViewInfo[];
  /** Other accounts' listed views, newest first. */
  readonly listed: readonly SavedViewInfo[];
  readonly loading: boolean;
  /** What the last action said: a success (`tone: 'done'`) or a refusal. */
  readonly message: { readonly text: string; readonly tone: 'done' | 'refused' } | null;
  /**
   * The idempotency key of the save being written: kept after a failure, so that sending again
   * (the answer may have been lost on its way) saves once; a new one after each success.
   */
  readonly saveKey: string;
}

/** The listed views of other accounts: one's own are in "My views" already. */
export const othersListed = (listed: readonly SavedViewInfo[], me: string | null): SavedViewInfo[] => listed.filter((v) => v.owner.id !== me);

/** A view in the list, replaced by what the server answered for it (a rename, a change of visibility). */
export const replaced = (list: readonly SavedViewInfo[], view: SavedViewInfo): SavedViewInfo[] => list.map((v) => (v.id === view.id ? view : v));
