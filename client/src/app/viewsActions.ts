// The action table's entries for saved views (spread into ACTIONS in actionTable.ts): the Views
// panel, saving the current view, and what each saved view in it offers. None is an undo step of
// its own: a saved view is stored on the server (deleting is not undone by Undo), and opening one
// commits its state as the step "Open view …" (app/savedViews.ts).
import type { ViewVisibility } from '#vocabulary/views';
import type { SavedViewInfo } from '../api/views';
import type { EffectAction, PageView } from './action';

const effect = <I = void>(action: EffectAction<NoInfer<I>>): EffectAction<I> => action;
const hasEntities = (_: unknown, { state }: PageView): boolean => Object.keys(state.entities).length > 0;

export const VIEW_ACTIONS = {
  toggleViews: effect({
    id: 'toggleViews',
    label: 'Views',
    hint: 'Saved views: save this view with a name, open, rename, share or delete saved ones',
    keys: ['V'],
    undoable: false,
    run: (ctx) => ctx.views.setOpen(!ctx.views.store.get().open),
  }),
  closeViews: effect({ id: 'closeViews', label: 'Close saved views', keys: [], undoable: false, run: (ctx) => ctx.views.setOpen(false) }),
  saveView: effect<{ name: string; visibility: ViewVisibility }>({
    id: 'saveView',
    label: 'Save view',
    hint: 'Save the canvas as it is now (entities, links, positions, selection, filters, date, trace) under this name',
    keys: [],
    undoable: false,
    enabled: hasEntities,
    unavailable: 'put something on the canvas first',
    run: (ctx, { name, visibility }) => void ctx.views.save(name, visibility),
  }),
  openSavedView: effect<SavedViewInfo>({
    id: 'openSavedView',
    label: (view) => `Open “${view.name}”`,
    short: 'Open',
    hint: 'Replace the canvas with this saved view (Undo brings the canvas back)',
    keys: [],
    undoable: false,
    run: (ctx, view) => void ctx.views.open(view.id),
  }),
  renameSavedView: effect<{ view: SavedViewInfo; name: string }>({
    id: 'renameSavedView',
    label: 'Rename',
    keys: [],
    undoable: false,
    enabled: ({ view }) => view.canEdit,
    run: (ctx, { view, name }) => void ctx.views.rename(view, name),
  }),
  shareSavedView: effect<{ view: SavedViewInfo; visibility: ViewVisibility }>({
    id: 'shareSavedView',
    label: 'Who can open it',
    keys: [],
    undoable: false,
    enabled: ({ view }) => view.canEdit,
    run: (ctx, { view, visibility }) => void ctx.views.share(view, visibility),
  }),
  deleteSavedView: effect<SavedViewInfo>({
    id: 'deleteSavedView',
    label: (view) => `Delete “${view.name}”`,
    short: 'Delete',
    keys: [],
    undoable: false,
    enabled: (view) => view.canDelete,
    run: (ctx, view) => void ctx.views.remove(view),
  }),
  copySavedViewLink: effect<SavedViewInfo>({
    id: 'copySavedViewLink',
    label: (view) => `Copy link to “${view.name}”`,
    short: 'Copy link',
    keys: [],
    undoable: false,
    run: (ctx, view) => void ctx.views.copyLink(view),
  }),
};
