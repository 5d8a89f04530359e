// The rules of notes that need no database (docs/notes.md): who reads, edits and deletes which note,
// and the one check of a note's text that the server applies and the page runs before sending.
import { NOTE_LIMITS, noteBytes, noteChars, noteTextProblem } from '#vocabulary/notes';
import { can } from '#vocabulary/roles';
import type { Role } from '#vocabulary/roles';
import { keyProblem, mayDelete, mayEdit, mayRead, noteText } from '../../server/services/notes-rules';

const account = (id: string, role: Role): { id: string; email: string; role: Role } => ({ id, email: `${id}@example.org`, role });
const ada = account('ada', 'viewer');
const carl = account('carl', 'contributor');
const grace = account('grace', 'editor');
const root = account('root', 'admin');

describe('server/services/notes-rules', () => {
  it('shows a private note to its author alone, a shared one to every account, and neither to an anonymous reader', () => {
    const secret = { authorId: 'ada', visibility: 'PRIVATE' } as const;
    const shared = { authorId: 'ada', visibility: 'SHARED' } as const;
    expect([ada, carl, grace, root].map((v) => mayRead(secret, v))).toEqual([true, false, false, false]);
    expect([ada, carl, grace, root].map((v) => mayRead(shared, v))).toEqual([true, true, true, true]);
    expect([mayRead(secret, null), mayRead(shared, null)]).toEqual([false, false]);
  });

  it('lets only the author edit, whatever the role', () => {
    const shared = { authorId: 'carl', visibility: 'SHARED' } as const;
    expect([ada, carl, grace, root].map((v) => mayEdit(shared, v))).toEqual([false, true, false, false]);
  });

  it('lets the author delete, and editors and admins delete a shared note of another (moderation), never a private one', () => {
    const shared = { authorId: 'carl', visibility: 'SHARED' } as const;
    const secret = { authorId: 'carl', visibility: 'PRIVATE' } as const;
    expect([ada, carl, grace, root].map((v) => mayDelete(shared, v))).toEqual([false, true, true, true]);
    expect([ada, carl, grace, root].map((v) => mayDelete(secret, v))).toEqual([false, true, false, false]);
    expect([can('viewer', 'writeNotes'), can('contributor', 'moderateNotes'), can('editor', 'moderateNotes')]).toEqual([true, false, true]);
  });

  it('trims the text it stores and refuses a blank, over-long or over-sized one, or one with control characters', () => {
    expect(noteText('  a note \n')).toEqual({ text: 'a note', problem: null });
    expect(noteText(' \n\t ').problem).toMatch(/cannot be empty/);
    expect(noteTextProblem('line one\nline two\ttabbed\r\n')).toBeNull();
    expect(noteTextProblem('a\u0000b')).toMatch(/no other control characters/);
    expect(noteTextProblem('x'.repeat(NOTE_LIMITS.maxChars))).toBeNull();
    expect(noteTextProblem('x'.repeat(NOTE_LIMITS.maxChars + 1))).toMatch(/at most 4,000 characters; this one has 4,001/);
  });

  it('counts characters as a reader does and bytes as UTF-8 stores them', () => {
    expect([noteChars('蔚来'), noteBytes('蔚来')]).toEqual([2, 6]);
    expect([noteChars('🚗'), noteBytes('🚗'), '🚗'.length]).toEqual([1, 4, 2]);
    expect(noteTextProblem('蔚'.repeat(4000))).toBeNull();
    expect(noteTextProblem('🚗'.repeat(3001))).toMatch(/at most 12,000 bytes of UTF-8; this one has 12,004/);
  });

  it('refuses a blank or over-long idempotency key', () => {
    expect(keyProblem('k-1')).toBeNull();
    expect(keyProblem('  ')).toMatch(/blank/);
    expect(keyProblem('k'.repeat(NOTE_LIMITS.maxKeyChars + 1))).toMatch(/at most 100 characters/);
  });
});
