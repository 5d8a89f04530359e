// Who may do what with a note (docs/notes.md), pure: the service asks these after reading the note
// under its lock, and the unit tests ask them directly.
import { can } from '#vocabulary/roles';
import { NOTE_LIMITS, noteTextProblem } from '#vocabulary/notes';
import type { Viewer } from '../resolvers/context';
import type { StoredNote } from './notes-store';

type Rule = Pick<StoredNote, 'authorId' | 'visibility'>;

/** Its author always; anyone signed in when it is shared; nobody else (an anonymous reader never). */
export const mayRead = (note: Rule, viewer: Viewer | null): boolean =>
  viewer !== null && (note.authorId === viewer.id || note.visibility === 'SHARED');

/** Only its author edits a note: nobody puts words under another account's name. */
export const mayEdit = (note: Rule, viewer: Viewer): boolean => note.authorId === viewer.id;

/** Its author, or (moderation) an editor or admin when the note is shared. */
export const mayDelete = (note: Rule, viewer: Viewer): boolean =>
  note.authorId === viewer.id || (note.visibility === 'SHARED' && can(viewer.role, 'moderateNotes'));

/** The text as stored (trimmed) and what is wrong with it, if anything. */
export function noteText(text: string): { text: string; problem: string | null } {
  const trimmed = text.trim();
  return { text: trimmed, problem: noteTextProblem(trimmed) };
}

/** What is wrong with an idempotency key, if anything. */
export function keyProblem(key: string): string | null {
  if (key.trim() === '') return 'an idempotency key cannot be blank';
  if ([...key].length > NOTE_LIMITS.maxKeyChars) return `an idempotency key is at most ${NOTE_LIMITS.maxKeyChars} characters`;
  return null;
}

export const overLimitMessage = (kind: string): string =>
  `you keep ${NOTE_LIMITS.perTargetPerAccount} notes on this ${kind === 'entity' ? 'entity' : 'link'} already, the most one account may: delete or edit one instead`;
