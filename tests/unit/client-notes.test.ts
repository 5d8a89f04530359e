// The notes section's model (client/src/model/notes.ts) as pure functions, and the section rendered
// to static markup: who sees it, badges and buttons by role, and note text kept as text.
import { createElement } from 'react';
import type { NoteInfo } from '../../client/src/api/notes';
import { NotesSection } from '../../client/src/components/NotesSection';
import { accessFor } from '../../client/src/model/access';
import {
  added, askDelete, editConflicted, edited, INITIAL_NOTES, lengthText, loaded, openTarget, removed, roomForAnother, setDraft, startEdit, textProblem,
} from '../../client/src/model/notes';
import type { NotesState } from '../../client/src/model/notes';
import { pageServices, renderInPage } from '../support/client-page';

const note = (over: Partial<NoteInfo> = {}): NoteInfo => ({
  id: 'n_1', target: 'nio-built-by-jac', targetKind: 'relationship', targetRetired: false, visibility: 'PRIVATE', text: 'Ask JAC.',
  createdAt: '2026-03-01T10:00:00Z', editedAt: null, version: 1, author: { id: 'u_carl', email: 'carl@example.org', role: 'contributor' }, earlier: [], ...over,
});

const shown = (notes: NoteInfo[]): NotesState => loaded(openTarget(INITIAL_NOTES, 'nio-built-by-jac', 'k1'), 'nio-built-by-jac', notes);

describe('client/src/model/notes', () => {
  it('forgets a draft when the panel moves to another record, and ignores an answer for a record no longer shown', () => {
    const typing = setDraft(shown([]), { text: 'half a thought', visibility: 'SHARED' });
    expect(openTarget(typing, 'nio-built-by-jac').draft.text).toBe('half a thought');
    const moved = openTarget(typing, 'jac', 'k2');
    expect(moved).toMatchObject({ target: 'jac', status: 'loading', notes: [], draft: { text: '', visibility: 'PRIVATE', key: 'k2' } });
    expect(loaded(moved, 'nio-built-by-jac', [note()])).toBe(moved);
  });

  it('adds a note once however often its key answers, and starts the next draft with a new key', () => {
    const once = added(shown([]), note(), 'k2');
    const twice = added(once, note(), 'k3');
    expect(twice.notes.map((n) => n.id)).toEqual(['n_1']);
    expect(once.draft).toEqual({ text: '', visibility: 'PRIVATE', key: 'k2' });
  });

  it('edits against the version it began from, and on a conflict shows the saved note and keeps the words typed', () => {
    const editing = { ...startEdit(shown([note()]), 'n_1'), editing: { id: 'n_1', version: 1, text: 'My new words.', visibility: 'PRIVATE' as const } };
    const current = note({ text: 'Changed in another tab.', version: 2 });
    const conflicted = editConflicted(editing, current, 'changed elsewhere');
    expect(conflicted.notes[0]?.text).toBe('Changed in another tab.');
    expect(conflicted.editing).toEqual({ id: 'n_1', version: 2, text: 'My new words.', visibility: 'PRIVATE' });
    expect(conflicted.message).toBe('changed elsewhere');
    expect(editConflicted(editing, null, 'deleted elsewhere')).toMatchObject({ notes: [], editing: null });
    expect(edited(editing, note({ text: 'My new words.', version: 2 }))).toMatchObject({ editing: null, notes: [{ text: 'My new words.', version: 2 }] });
  });

  it('asks before deleting, then takes the note off the list', () => {
    const asked = askDelete(shown([note(), note({ id: 'n_2' })]), 'n_2');
    expect(asked.confirming).toBe('n_2');
    expect(removed(asked, 'n_2')).toMatchObject({ confirming: null, notes: [{ id: 'n_1' }] });
  });

  it('checks the text as the server does and counts it for the reader', () => {
    expect(textProblem('   ')).toMatch(/cannot be empty/);
    expect(textProblem(' fine ')).toBeNull();
    expect(lengthText('蔚来 ')).toBe('2 / 4,000 characters');
    expect(lengthText('🚗'.repeat(2000))).toBe('2,000 / 4,000 characters, 8,000 / 12,000 bytes');
    expect(roomForAnother(shown(Array.from({ length: 20 }, (_, i) => note({ id: `n_${i}` }))), 'u_carl')).toBe(false);
    expect(roomForAnother(shown(Array.from({ length: 20 }, (_, i) => note({ id: `n_${i}` }))), 'u_ada')).toBe(true);
  });
});

function render(role: string | null, state: NotesState, userId = 'u_carl'): string {
  const services = pageServices();
  const user = role === null ? null : { id: userId, email: `${role}@example.org`, role };
  services.editing.store.set({ ...services.editing.store.get(), user, checked: true, access: accessFor(user) });
  services.notes.store.set(state);
  return renderInPage(services, createElement(NotesSection, { target: 'nio-built-by-jac' }));
}

describe('client/src/components/NotesSection', () => {
  const mine = note({ text: '<img src=x onerror="alert(1)"> & <b>not bold</b>' });
  const theirs = note({ id: 'n_2', visibility: 'SHARED', text: 'Shared by Ada.', author: { id: 'u_ada', email: 'ada@example.org', role: 'viewer' } });

  it('shows nothing to an anonymous reader', () => {
    expect(render(null, shown([mine, theirs]))).toBe('');
  });

  it('lists each note with its badge and author, its text as text, and Edit and Delete on the account\'s own only', () => {
    const html = render('contributor', shown([mine, theirs]));
    expect(html).toContain('Notes (2)');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;b&gt;not bold&lt;/b&gt;');
    expect(html).not.toContain('<img');
    expect([...html.matchAll(/note-badge[^>]*>(\w+)</g)].map((m) => m[1])).toEqual(['Private', 'Shared']);
    expect([...html.matchAll(/class="note-author">([^<]+)</g)].map((m) => m[1])).toEqual(['You', 'ada@example.org']);
    expect([...html.matchAll(/data-action="(editNote|deleteNote)"/g)].map((m) => m[1])).toEqual(['editNote', 'deleteNote']);
    expect(html).toContain('aria-label="Add a note"');
  });

  it('offers an editor Delete on another\'s shared note (moderation)', () => {
    const html = render('editor', shown([theirs]), 'u_grace');
    expect([...html.matchAll(/data-action="(editNote|deleteNote)"/g)].map((m) => m[1])).toEqual(['deleteNote']);
  });
});
