// The notes section of an entity's or a link's panel (docs/notes.md): for signed-in accounts only,
// each note with its author, date, a Private/Shared badge and "edited"; a box to add one; Edit and
// Delete where the account may. Note text is rendered as text (React escapes it), never as HTML.
import { useEffect, useId } from 'react';
import type { ReactElement } from 'react';
import type { NoteVisibility } from '#vocabulary/notes';
import type { NoteInfo } from '../api/notes';
import { useServices, useValue } from '../app/context';
import { useActions } from '../app/useActions';
import type { Access } from '../model/access';
import { lengthText, roomForAnother } from '../model/notes';
import type { NotesState } from '../model/notes';
import { FormMessage } from './DraftFields';
import { whenText } from './RecordDiff';
import { useEditing } from './useEditing';

const VISIBILITY_WORDS: Record<NoteVisibility, { label: string; hint: string }> = {
  PRIVATE: { label: 'Private', hint: 'Only you see it' },
  SHARED: { label: 'Shared', hint: 'Every signed-in colleague sees it' },
};

function VisibilityChoice({ value, onChange, name }: { value: NoteVisibility; onChange: (v: NoteVisibility) => void; name: string }): ReactElement {
  return (
    <fieldset className="note-visibility">
      <legend className="field-label">Who sees it</legend>
      {(['PRIVATE', 'SHARED'] as const).map((v) => (
        <label key={v} title={VISIBILITY_WORDS[v].hint}>
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} /> {VISIBILITY_WORDS[v].label}
          <span className="muted small"> · {VISIBILITY_WORDS[v].hint.toLowerCase()}</span>
        </label>
      ))}
    </fieldset>
  );
}

function NoteEditor({ state }: { state: NotesState }): ReactElement | null {
  const { notes } = useServices();
  const actions = useActions();
  const id = useId();
  const edit = state.editing;
  if (!edit) return null;
  return (
    <form className="note-form" aria-label="Edit note" onSubmit={(e) => { e.preventDefault(); actions.run('saveNote'); }}>
      <label className="field field-wide">
        <span className="field-label">Edit note</span>
        <textarea value={edit.text} rows={4} onChange={(e) => notes.setEdit({ text: e.target.value })} aria-describedby={`${id}-length`} />
      </label>
      <p id={`${id}-length`} className="muted small">{lengthText(edit.text)}</p>
      <VisibilityChoice value={edit.visibility} onChange={(visibility) => notes.setEdit({ visibility })} name={`${id}-visibility`} />
      <div className="form-buttons">
        <button type="submit" className="button button-primary" disabled={state.busy} {...actions.attributes('saveNote')}>{actions.label('saveNote')}</button>
        <button type="button" className="button" onClick={() => actions.run('cancelNoteEdit')} {...actions.attributes('cancelNoteEdit')}>{actions.label('cancelNoteEdit')}</button>
      </div>
    </form>
  );
}

function NoteItem({ note, state, access, accountId }: { note: NoteInfo; state: NotesState; access: Access; accountId: string }): ReactElement {
  const actions = useActions();
  const own = note.author.id === accountId;
  const mayDelete = own || (note.visibility === 'SHARED' && access.moderateNotes);
  const confirming = state.confirming === note.id;
  if (state.editing?.id === note.id) {
    return (
      <li className="note note-editing">
        {note.text !== state.editing.text && (
          <div className="note-saved">
            <p className="field-label">Saved text (version {note.version})</p>
            <p className="note-text">{note.text}</p>
          </div>
        )}
        <NoteEditor state={state} />
      </li>
    );
  }
  return (
    <li className="note" data-note-visibility={note.visibility}>
      <p className="note-head">
        <span className={`chip note-badge note-${note.visibility.toLowerCase()}`} title={VISIBILITY_WORDS[note.visibility].hint}>{VISIBILITY_WORDS[note.visibility].label}</span>{' '}
        <span className="note-author">{own ? 'You' : note.author.email}</span> · <time dateTime={note.createdAt}>{whenText(note.createdAt)}</time>
        {note.editedAt && <span className="muted small" title={`Edited ${whenText(note.editedAt)} (version ${note.version})`}> · edited</span>}
      </p>
      <p className="note-text">{note.text}</p>
      {(own || mayDelete) && (
        <div className="note-buttons">
          {own && (
            <button type="button" className="link-button" onClick={() => actions.run('editNote', note.id)} title={actions.tooltip('editNote', note.id)} {...actions.attributes('editNote')}>
              {actions.label('editNote', note.id)}
            </button>
          )}
          {mayDelete && (
            <button type="button" className="link-button link-danger" onClick={() => actions.run('deleteNote', note.id)} title={actions.tooltip('deleteNote', note.id)} {...actions.attributes('deleteNote')}>
              {confirming ? (own ? 'Delete for good?' : `Delete ${note.author.email}’s note for good?`) : actions.label('deleteNote', note.id)}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function NewNote({ state, accountId }: { state: NotesState; accountId: string }): ReactElement {
  const { notes } = useServices();
  const actions = useActions();
  const id = useId();
  if (!roomForAnother(state, accountId)) return <p className="muted small">You keep the most notes one account may here: edit or delete one to add another.</p>;
  return (
    <form className="note-form" aria-label="Add a note" onSubmit={(e) => { e.preventDefault(); actions.run('addNote'); }}>
      <label className="field field-wide">
        <span className="field-label">New note</span>
        <textarea value={state.draft.text} rows={3} onChange={(e) => notes.setDraft({ text: e.target.value })} aria-describedby={`${id}-length`} />
      </label>
      <p id={`${id}-length`} className="muted small">{lengthText(state.draft.text)}</p>
      <VisibilityChoice value={state.draft.visibility} onChange={(visibility) => notes.setDraft({ visibility })} name={`${id}-visibility`} />
      <div className="form-buttons">
        <button type="submit" className="button button-primary" disabled={state.busy || state.draft.text.trim() === ''} title={actions.tooltip('addNote')} {...actions.attributes('addNote')}>
          {actions.label('addNote')}
        </button>
      </div>
    </form>
  );
}

/** `target`: the entity's or link's id. Nothing is shown to an anonymous reader: notes are the newsroom's own. */
export function NotesSection({ target }: { target: string }): ReactElement | null {
  const { notes } = useServices();
  const { access, user } = useEditing();
  const state = useValue(notes.store);
  const actions = useActions();
  const titleId = useId();
  useEffect(() => {
    if (access.signedIn) void notes.open(target);
  }, [target, access.signedIn, notes]);
  if (!access.signedIn || !user) return null;
  const shown = state.target === target ? state : null;
  return (
    <section className="notes" aria-labelledby={titleId}>
      <h3 id={titleId}>Notes{shown?.status === 'ready' ? ` (${shown.notes.length})` : ''}</h3>
      <p className="muted small">Your newsroom’s notes: not evidence, never on the graph or in exports, and never shown to the public.</p>
      {(!shown || shown.status === 'loading') && <p className="muted" role="status">Loading notes…</p>}
      {shown?.status === 'failed' && (
        <p className="error-text">
          Could not load the notes: {shown.message}{' '}
          <button type="button" className="link-button" onClick={() => actions.run('reloadNotes', target)} {...actions.attributes('reloadNotes')}>{actions.label('reloadNotes', target)}</button>
        </p>
      )}
      {shown?.status === 'ready' && (
        <>
          {shown.notes.length === 0 ? <p className="muted small">No notes yet.</p> : (
            <ul className="note-list">
              {shown.notes.map((n) => <NoteItem key={n.id} note={n} state={shown} access={access} accountId={user.id} />)}
            </ul>
          )}
          <FormMessage message={shown.message} />
          {access.writeNotes && !shown.editing && <NewNote state={shown} accountId={user.id} />}
        </>
      )}
    </section>
  );
}
