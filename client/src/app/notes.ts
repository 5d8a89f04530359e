// Notes on the page: the store of the notes section (model/notes.ts) and its requests. Only a
// signed-in account has notes; signing out forgets them. A refusal is worded by editing's
// `failure` and shown in the section; a CONFLICT reloads the note and keeps the reader's words.
import { ApiError } from '../api/graphql';
import { addNote, deleteNote, editNote, fetchNotes } from '../api/notes';
import {
  added, askDelete, cancelEdit, editConflicted, edited, INITIAL_NOTES, loaded, loadFailed, openTarget, refused, removed, sending, setDraft, setEdit,
  startEdit, textProblem,
} from '../model/notes';
import type { NoteDraft, NoteEdit, NotesState } from '../model/notes';
import { createValueStore } from '../model/store';
import type { ValueStore } from '../model/store';
import type { Editing } from './editing';
import { failure } from './editing';

export type NotesStore = ValueStore<NotesState>;

export interface Notes {
  readonly store: NotesStore;
  /** Shows `target`'s notes (loading them again when it is already shown). */
  open(target: string): Promise<void>;
  setDraft(patch: Partial<Omit<NoteDraft, 'key'>>): void;
  add(): Promise<void>;
  startEdit(id: string): void;
  setEdit(patch: Partial<Pick<NoteEdit, 'text' | 'visibility'>>): void;
  cancelEdit(): void;
  saveEdit(): Promise<void>;
  /** The first call asks for confirmation, the second (for the same note) deletes it. */
  remove(id: string): Promise<void>;
}

export function createNotes(editing: Editing): Notes {
  const store = createValueStore<NotesState>(INITIAL_NOTES);
  const update = (change: (s: NotesState) => NotesState): void => store.set(change(store.get()));
  const signedIn = (): boolean => editing.store.get().access.signedIn;

  // Notes belong to an account: signing out (or in as someone else) forgets what was shown.
  let account = editing.store.get().user?.id ?? null;
  editing.store.subscribe(() => {
    const now = editing.store.get().user?.id ?? null;
    if (now === account) return;
    account = now;
    const target = store.get().target;
    store.set(INITIAL_NOTES);
    if (now !== null && target !== null) void open(target);
  });

  async function open(target: string): Promise<void> {
    if (!signedIn()) return;
    update((s) => openTarget(s, target));
    try {
      const notes = await fetchNotes(target);
      update((s) => loaded(s, target, notes));
    } catch (err) {
      update((s) => loadFailed(s, target, failure(err).message));
    }
  }

  const refusal = (err: unknown): string => {
    const f = failure(err);
    return Object.values(f.problems)[0] ?? f.message;
  };

  return {
    store,
    open,
    setDraft: (patch) => update((s) => setDraft(s, patch)),
    async add() {
      const { target, draft, busy } = store.get();
      if (target === null || busy) return;
      const problem = textProblem(draft.text);
      if (problem) return update((s) => refused(s, problem));
      update(sending);
      try {
        const note = await addNote(target, draft.text.trim(), draft.visibility, draft.key);
        update((s) => added(s, note));
      } catch (err) {
        update((s) => refused(s, refusal(err)));
      }
    },
    startEdit: (id) => update((s) => startEdit(s, id)),
    setEdit: (patch) => update((s) => setEdit(s, patch)),
    cancelEdit: () => update(cancelEdit),
    async saveEdit() {
      const { editing: edit, target, busy } = store.get();
      if (!edit || target === null || busy) return;
      const problem = textProblem(edit.text);
      if (problem) return update((s) => refused(s, problem));
      update(sending);
      try {
        const note = await editNote(edit.id, edit.version, edit.text.trim(), edit.visibility);
        update((s) => edited(s, note));
      } catch (err) {
        if (!(err instanceof ApiError && err.code === 'CONFLICT')) return update((s) => refused(s, refusal(err)));
        const current = (await fetchNotes(target).catch(() => null))?.find((n) => n.id === edit.id) ?? null;
        update((s) => editConflicted(s, current, current
          ? 'This note was changed elsewhere since you began editing: its saved text is shown above your words, which are still in the box. Save again to replace it, or cancel.'
          : 'This note was deleted elsewhere since you began editing; your words were not saved.'));
      }
    },
    async remove(id) {
      const { notes, confirming, busy } = store.get();
      const note = notes.find((n) => n.id === id);
      if (!note || busy) return;
      if (confirming !== id) return update((s) => askDelete(s, id));
      update(sending);
      try {
        await deleteNote(id, note.version);
        update((s) => removed(s, id));
      } catch (err) {
        update((s) => refused(s, refusal(err)));
      }
    },
  };
}
