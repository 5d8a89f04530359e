// The action table's entries for editing (spread into ACTIONS in actionTable.ts): signing out, the
// tools of editor mode, the reader, the review queue and history. None is an undo step: a write is
// undone by a revert in the history, which the server keeps, not by the page's undo.
import type { ActionContext, EffectAction } from './action';

const effect = <I = void>(action: EffectAction<NoInfer<I>>): EffectAction<I> => action;
const show = (ctx: ActionContext, tab: 'edit' | 'review' | 'history'): void => ctx.ui.set({ ...ctx.ui.get(), tab, menu: null });
const canPropose = (ctx: ActionContext): boolean => ctx.editing.store.get().access.propose;

export const EDITING_ACTIONS = {
  signOut: effect({ id: 'signOut', label: 'Sign out', keys: [], undoable: false, run: (ctx) => void ctx.editing.signOut() }),
  startLink: effect({
    id: 'startLink',
    label: 'New link',
    hint: 'Draw a link: click its first entity on the canvas, then the other end',
    keys: [],
    undoable: false,
    run: (ctx) => canPropose(ctx) && ctx.editing.startLink(),
  }),
  startEntity: effect({ id: 'startEntity', label: 'New entity', keys: [], undoable: false, run: (ctx) => canPropose(ctx) && ctx.editing.startEntity() }),
  pasteSource: effect({
    id: 'pasteSource',
    label: 'Paste a source',
    hint: 'Store an article’s text so that links can quote it',
    keys: [],
    undoable: false,
    run: (ctx) => ctx.editing.store.get().access.addSource && ctx.editing.setPasting(true),
  }),
  changeLink: effect<string>({
    id: 'changeLink',
    label: 'Change status or dates',
    short: 'Change',
    hint: 'Propose a new status, dates or quotes for this link',
    keys: [],
    undoable: false,
    run: (ctx, id) => {
      if (!canPropose(ctx)) return;
      void ctx.editing.startChange(id).then((r) => {
        if (!r.ok) ctx.status.set({ ...ctx.status.get(), notice: r.message });
      });
    },
  }),
  openReader: effect<string | null>({
    id: 'openReader',
    label: 'Source reader',
    hint: 'Read a source’s full text and select a sentence to quote it',
    keys: [],
    undoable: false,
    run: (ctx, sourceId) => ctx.editing.openReader(sourceId),
  }),
  showHistory: effect({ id: 'showHistory', label: 'History', hint: 'Who changed this, when, what and why', keys: [], undoable: false, run: (ctx) => show(ctx, 'history') }),
  openReview: effect({ id: 'openReview', label: 'Review queue', keys: [], undoable: false, run: (ctx) => show(ctx, 'review') }),
  cancelEdit: effect({ id: 'cancelEdit', label: 'Cancel', keys: [], undoable: false, run: (ctx) => ctx.editing.cancel() }),
};
