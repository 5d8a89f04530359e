// The action table's entries for notes (spread into ACTIONS in actionTable.ts): adding, editing and
// deleting a note in the details panel. None is an undo step: a note is server data, written at once,
// and a deleted note is gone for good (which is why Delete asks twice).
import type { ActionContext, EffectAction } from './action';

const effect = <I = void>(action: EffectAction<NoInfer<I>>): EffectAction<I> => action;
const mayWrite = (ctx: ActionContext): boolean => ctx.editing.store.get().access.writeNotes;

export const NOTE_ACTIONS = {
  addNote: effect({
    id: 'addNote',
    label: 'Add note',
    hint: 'Keep a note on this for yourself (private) or for every signed-in colleague (shared); readers of the public page never see notes',
    keys: [],
    undoable: false,
    run: (ctx) => void (mayWrite(ctx) && ctx.notes.add()),
  }),
  editNote: effect<string>({ id: 'editNote', label: 'Edit', hint: 'Change the note’s text or who sees it', keys: [], undoable: false, run: (ctx, id) => ctx.notes.startEdit(id) }),
  saveNote: effect({ id: 'saveNote', label: 'Save', keys: [], undoable: false, run: (ctx) => void ctx.notes.saveEdit() }),
  cancelNoteEdit: effect({ id: 'cancelNoteEdit', label: 'Cancel', keys: [], undoable: false, run: (ctx) => ctx.notes.cancelEdit() }),
  deleteNote: effect<string>({
    id: 'deleteNote',
    label: 'Delete',
    hint: 'Delete the note for good (press twice)',
    keys: [],
    undoable: false,
    run: (ctx, id) => void ctx.notes.remove(id),
  }),
  reloadNotes: effect<string>({ id: 'reloadNotes', label: 'Reload notes', keys: [], undoable: false, run: (ctx, target) => void ctx.notes.open(target) }),
};
