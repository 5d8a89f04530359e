// The notes section of the details panel as plain data: whose notes are shown, the note being
// written, the one being edited, the one about to be deleted, and what the server last refused.
// Every change is a pure function named after what happened; app/notes.ts holds the store and the
// requests, components/NotesSection.tsx renders it. No DOM, so it is unit-tested in Node.
import { NOTE_LIMITS, noteBytes, noteChars, noteTextProblem } from '#vocabulary/notes';
import type { NoteVisibility } from '#vocabulary/notes';
import type { NoteInfo } from '../api/notes';
import { newKey } from './drafts';

export interface NoteDraft {
  readonly text: string;
  readonly visibility: NoteVisibility;
  /** The idempotency key: the same draft sent twice is one note. A new one after each note added. */
  readonly key: string;
}

export interface NoteEdit {
  readonly id: string;
  /** The version the edit is made against: a newer one on the server is a conflict, never overwritten. */
  readonly version: number;
  readonly text: string;
  readonly visibility: NoteVisibility;
}

export interface NotesState {
  /** The entity or link whose notes these are; null before a panel asks. */
  readonly target: string | null;
  readonly status: 'idle' | 'loading' | 'ready' | 'failed';
  readonly notes: readonly NoteInfo[];
  readonly draft: NoteDraft;
  readonly editing: NoteEdit | null;
  /** The note whose Delete was pressed once: the second press deletes. */
  readonly confirming: string | null;
  /** A request in flight: the buttons wait for it. */
  readonly busy: boolean;
  /** What the last refusal or failure said, worded for the reader. */
  readonly message: string | null;
}

export const newNoteDraft = (key: string = newKey()): NoteDraft => ({ text: '', visibility: 'PRIVATE', key });

export const INITIAL_NOTES: NotesState = {
  target: null, status: 'idle', notes: [], draft: newNoteDraft('initial'), editing: null, confirming: null, busy: false, message: null,
};

/** A panel opened for `target`: everything of another target is forgotten (a draft included). */
export function openTarget(state: NotesState, target: string, key: string = newKey()): NotesState {
  if (state.target === target) return { ...state, status: 'loading' };
  return { ...INITIAL_NOTES, target, status: 'loading', draft: newNoteDraft(key) };
}

/** The list arrived; an answer for a target no longer shown changes nothing. */
export function loaded(state: NotesState, target: string, notes: readonly NoteInfo[]): NotesState {
  return state.target === target ? { ...state, status: 'ready', notes } : state;
}

export function loadFailed(state: NotesState, target: string, message: string): NotesState {
  return state.target === target ? { ...state, status: 'failed', message } : state;
}

export const setDraft = (state: NotesState, patch: Partial<Omit<NoteDraft, 'key'>>): NotesState => ({ ...state, draft: { ...state.draft, ...patch }, message: null });

export const sending = (state: NotesState): NotesState => ({ ...state, busy: true, message: null });

export const refused = (state: NotesState, message: string): NotesState => ({ ...state, busy: false, message });

/** The new note is on the list (once, however often the same key answered) and the box is empty again. */
export function added(state: NotesState, note: NoteInfo, key: string = newKey()): NotesState {
  if (state.target !== note.target) return { ...state, busy: false };
  const notes = state.notes.some((n) => n.id === note.id) ? state.notes : [...state.notes, note];
  return { ...state, busy: false, notes, draft: newNoteDraft(key), message: null };
}

export function startEdit(state: NotesState, id: string): NotesState {
  const note = state.notes.find((n) => n.id === id);
  if (!note) return state;
  return { ...state, editing: { id, version: note.version, text: note.text, visibility: note.visibility }, confirming: null, message: null };
}

export const setEdit = (state: NotesState, patch: Partial<Pick<NoteEdit, 'text' | 'visibility'>>): NotesState =>
  (state.editing ? { ...state, editing: { ...state.editing, ...patch }, message: null } : state);

export const cancelEdit = (state: NotesState): NotesState => ({ ...state, editing: null, message: null });

const replace = (notes: readonly NoteInfo[], note: NoteInfo): readonly NoteInfo[] => notes.map((n) => (n.id === note.id ? note : n));

export function edited(state: NotesState, note: NoteInfo): NotesState {
  return { ...state, busy: false, editing: null, notes: replace(state.notes, note), message: null };
}

/**
 * The note changed elsewhere since the edit began (another tab of its author). The list shows the
 * note as it is now; the reader's words stay in the box, now made against the current version, so
 * saving again is a choice made having seen the other text, never a silent overwrite.
 */
export function editConflicted(state: NotesState, current: NoteInfo | null, message: string): NotesState {
  const notes = current ? replace(state.notes, current) : state.notes.filter((n) => n.id !== state.editing?.id);
  const editing = current && state.editing ? { ...state.editing, version: current.version } : null;
  return { ...state, busy: false, notes, editing, message };
}

export const askDelete = (state: NotesState, id: string): NotesState => ({ ...state, confirming: id, message: null });

export function removed(state: NotesState, id: string): NotesState {
  return { ...state, busy: false, confirming: null, editing: state.editing?.id === id ? null : state.editing, notes: state.notes.filter((n) => n.id !== id) };
}

/** What is wrong with the text in a box, as the server would say it; null when it may be sent. */
export const textProblem = (text: string): string | null => noteTextProblem(text.trim());

/** "37 / 4,000 characters", and the bytes too once they are the nearer limit. */
export function lengthText(text: string): string {
  const trimmed = text.trim();
  const chars = noteChars(trimmed);
  const bytes = noteBytes(trimmed);
  const base = `${chars.toLocaleString('en')} / ${NOTE_LIMITS.maxChars.toLocaleString('en')} characters`;
  return bytes / NOTE_LIMITS.maxBytes > chars / NOTE_LIMITS.maxChars && bytes > NOTE_LIMITS.maxBytes / 2
    ? `${base}, ${bytes.toLocaleString('en')} / ${NOTE_LIMITS.maxBytes.toLocaleString('en')} bytes`
    : base;
}

/** Whether the account may add another note here (the server's limit per account and target). */
export const roomForAnother = (state: NotesState, accountId: string): boolean =>
  state.notes.filter((n) => n.author.id === accountId).length < NOTE_LIMITS.perTargetPerAccount;
