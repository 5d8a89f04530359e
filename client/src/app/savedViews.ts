// Saved views on the page (docs/views.md): the Views panel's lists, saving the current view,
// renaming, changing who sees it, deleting, copying its link, and opening one, from the panel or
// from an address `/?saved=<id>`. Writes send the save's idempotency key or the version the list
// read; a refusal is said in the panel and changes nothing, and the lists are read again after it.
import type { ViewVisibility } from '#vocabulary/views';
import { ApiError } from '../api/graphql';
import { deleteView, fetchSavedView, fetchSavedViews, renameView, saveView, shareView } from '../api/views';
import type { SavedViewInfo } from '../api/views';
import { newKey } from '../model/drafts';
import { currentViewState, othersListed, replaced, savedViewIdIn, savedViewLink, saveProblem, viewFailure } from '../model/savedViews';
import type { ViewsPanelState } from '../model/savedViews';
import type { GraphStore, ValueStore } from '../model/store';
import { createValueStore } from '../model/store';
import { checkViewName } from '#vocabulary/views';
import { fromQuery } from '../url/viewState';
import type { Editing } from './editing';
import type { Explorer } from './services';
import { notify } from './status';
import type { StatusStore } from './status';
import { viewQueryFromLocation } from './urlSync';

export interface SavedViews {
  readonly store: ValueStore<ViewsPanelState>;
  setOpen(open: boolean): void;
  refresh(): Promise<void>;
  /** Saves the canvas as it is; true when it was saved. */
  save(name: string, visibility: ViewVisibility): Promise<boolean>;
  rename(view: SavedViewInfo, name: string): Promise<boolean>;
  share(view: SavedViewInfo, visibility: ViewVisibility): Promise<boolean>;
  remove(view: SavedViewInfo): Promise<boolean>;
  /** Opens a saved view on the canvas, as an undo step (the canvas before it stays one Undo away). */
  open(id: string): Promise<void>;
  copyLink(view: SavedViewInfo): Promise<void>;
  /** Opens what the address asks for: a saved view (`?saved=`) or the view it carries. */
  openAddress(): Promise<void>;
}

export function createSavedViews(graph: GraphStore, status: StatusStore, editing: Editing, explorer: Explorer): SavedViews {
  const store = createValueStore<ViewsPanelState>({ open: false, mine: [], listed: [], loading: false, message: null, saveKey: newKey() });
  const patch = (p: Partial<ViewsPanelState>): void => store.set({ ...store.get(), ...p });
  const me = (): string | null => editing.store.get().user?.id ?? null;
  const done = (text: string): void => patch({ message: { text, tone: 'done' } });
  const refused = (text: string): false => {
    patch({ message: { text, tone: 'refused' } });
    return false;
  };

  const refresh = async (): Promise<void> => {
    patch({ loading: true });
    try {
      const [mine, listed] = await Promise.all([me() === null ? Promise.resolve([]) : fetchSavedViews('MINE'), fetchSavedViews('LISTED')]);
      patch({ mine, listed: othersListed(listed, me()), loading: false });
    } catch (err) {
      patch({ loading: false, message: { text: `The saved views could not be loaded. ${viewFailure(err)}`, tone: 'refused' } });
    }
  };

  /** A write, then the lists again: after a refusal too, so a CONFLICT leaves the panel showing what is stored. */
  const write = async (work: () => Promise<string>): Promise<boolean> => {
    try {
      done(await work());
      await refresh();
      return true;
    } catch (err) {
      refused(viewFailure(err));
      if (err instanceof ApiError && (err.code === 'CONFLICT' || err.code === 'NOT_FOUND')) await refresh();
      return false;
    }
  };

  // Signing in or out changes whose views "My views" holds.
  let user = me();
  editing.store.subscribe(() => {
    if (me() === user) return;
    user = me();
    if (store.get().open) void refresh();
    else patch({ mine: [], listed: [] });
  });

  const open = async (id: string, step: boolean): Promise<void> => {
    try {
      const view = await fetchSavedView(id);
      if (!view) throw new ApiError('NOT_FOUND', `No saved view ${id}`);
      await explorer.restore(fromQuery(view.state), step ? `Open view “${view.name}”` : undefined);
      notify(status, `Opened “${view.name}”${view.owner.id === me() ? '' : ` by ${view.owner.email}`}`);
    } catch (err) {
      const signIn = me() === null && err instanceof ApiError && err.code === 'NOT_FOUND' ? ' If it is yours, sign in to open it.' : '';
      notify(status, `${viewFailure(err)}${signIn}`);
    }
  };

  return {
    store,
    setOpen(next) {
      patch({ open: next, message: null });
      if (next) void refresh();
    },
    refresh,
    save(rawName, visibility) {
      const problem = saveProblem(rawName, graph.getState());
      if (problem !== null) return Promise.resolve(refused(problem));
      const checked = checkViewName(rawName);
      const name = checked.ok ? checked.name : rawName;
      return write(async () => {
        const saved = await saveView(name, currentViewState(graph.getState()), visibility, store.get().saveKey);
        patch({ saveKey: newKey(), mine: [saved, ...store.get().mine.filter((v) => v.id !== saved.id)] });
        return `Saved “${saved.name}”`;
      });
    },
    rename(view, rawName) {
      const checked = checkViewName(rawName);
      if (!checked.ok) return Promise.resolve(refused(checked.message));
      return write(async () => {
        const renamed = await renameView(view.id, view.version, checked.name);
        patch({ mine: replaced(store.get().mine, renamed) });
        return `Renamed to “${renamed.name}”`;
      });
    },
    share: (view, visibility) =>
      write(async () => {
        const shared = await shareView(view.id, view.version, visibility);
        patch({ mine: replaced(store.get().mine, shared) });
        return `“${shared.name}” is now ${visibility === 'PRIVATE' ? 'private' : visibility === 'SHARED' ? 'shared by link' : 'listed for everyone'}`;
      }),
    remove: (view) =>
      write(async () => {
        await deleteView(view.id, view.version);
        return `Deleted “${view.name}”`;
      }),
    open: (id) => open(id, true),
    async copyLink(view) {
      const link = savedViewLink(window.location.origin, view.id);
      try {
        await navigator.clipboard.writeText(link);
        done(view.visibility === 'PRIVATE' ? `Link copied; “${view.name}” is private, so only you can open it` : `Link to “${view.name}” copied`);
      } catch {
        refused(`Copy this link: ${link}`);
      }
    },
    openAddress() {
      const id = savedViewIdIn(window.location.search);
      return id === null ? explorer.restore(fromQuery(viewQueryFromLocation())) : open(id, false);
    },
  };
}
