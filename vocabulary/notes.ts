// Notes on an entity or a link (docs/notes.md): who sees them, how long they may be, and the one
// check of their text, which the server applies and the page runs before sending. The API's
// NoteVisibility enum lists the same values (tests/unit/wire-enums.test.ts).

/** PRIVATE: only its author sees it. SHARED: every signed-in account does (never an anonymous reader). */
export const NOTE_VISIBILITIES = ['PRIVATE', 'SHARED'] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];

export const isNoteVisibility = (v: unknown): v is NoteVisibility => (NOTE_VISIBILITIES as readonly unknown[]).includes(v);

export const NOTE_LIMITS = {
  /** Characters as a reader counts them (Unicode code points, so 蔚来 is two), after trimming. */
  maxChars: 4000,
  /**
   * UTF-8 bytes, after trimming: 4,000 Chinese characters (3 bytes each) fit; 4,000 emoji (4 each)
   * do not, so what is stored per note stays bounded whatever the script.
   */
  maxBytes: 12_000,
  /** Notes one account may keep on one entity or link (deleted ones do not count). */
  perTargetPerAccount: 20,
  /** An idempotency key's length in characters. */
  maxKeyChars: 100,
} as const;

/** Control characters other than tab, line feed and carriage return: plain text has no use for them. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

export const noteChars = (text: string): number => [...text].length;
export const noteBytes = (text: string): number => new TextEncoder().encode(text).length;

/** What is wrong with a note's text (already trimmed), in a sentence; null when it may be stored. */
export function noteTextProblem(text: string): string | null {
  if (text === '') return 'write something: a note cannot be empty';
  if (CONTROL.test(text)) return 'a note is plain text: it may hold line breaks and tabs but no other control characters';
  const chars = noteChars(text);
  if (chars > NOTE_LIMITS.maxChars) return `a note holds at most ${NOTE_LIMITS.maxChars.toLocaleString('en')} characters; this one has ${chars.toLocaleString('en')}`;
  const bytes = noteBytes(text);
  if (bytes > NOTE_LIMITS.maxBytes) return `a note holds at most ${NOTE_LIMITS.maxBytes.toLocaleString('en')} bytes of UTF-8; this one has ${bytes.toLocaleString('en')}`;
  return null;
}
