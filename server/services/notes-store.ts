// The notes' statements (cypher/notes/*), one function each, on the caller's Run (a Db's read, or
// a statement inside an open transaction): the rules of who may do what are in notes.ts.
import type { NoteVisibility } from '#vocabulary/notes';
import { applySchema, statement } from '../cypher';
import type { Db, Run } from '../db';
import { int } from '../db';

export type NoteTargetKind = 'entity' | 'relationship';

/** A Note node as cypher/fragments/note-fields reads it; `text` is null once deleted. */
export interface StoredNote {
  id: string;
  target: string;
  targetKind: NoteTargetKind;
  authorId: string;
  visibility: NoteVisibility;
  text: string | null;
  createdAt: string;
  editedAt: string | null;
  version: number;
  deletedAt: string | null;
  deletedBy: string | null;
}

/** The parent of the API's Note: a stored note and whether its target has been retired since. */
export interface NoteRow extends StoredNote { targetRetired: boolean }

export interface NoteVersionRow { version: number; text: string; visibility: NoteVisibility; at: string }

export interface NoteTarget { kind: NoteTargetKind; retired: boolean }

/** The notes' constraints and index (cypher/notes/schema), idempotent. */
export async function ensureNotesSchema(db: Db): Promise<void> {
  await applySchema(db, ['notes/schema']);
}

const noteOf = (row: Record<string, unknown> | undefined): StoredNote | null => (row?.note as StoredNote | undefined) ?? null;

/** What the id names, live or retired; null when it is neither an entity nor a link. */
export async function findTarget(run: Run, id: string): Promise<NoteTarget | null> {
  const [row] = await run(statement('notes/target', { id }));
  const kind = row?.kind;
  return kind === 'entity' || kind === 'relationship' ? { kind, retired: row?.retired === true } : null;
}

export async function noteByIdemKey(run: Run, idemKey: string): Promise<StoredNote | null> {
  return noteOf((await run(statement('notes/by-idem-key', { idemKey })))[0]);
}

export async function lockAuthor(run: Run, authorId: string): Promise<void> {
  await run(statement('notes/lock-author', { authorId }));
}

export async function liveNotesOf(run: Run, authorId: string, target: string): Promise<number> {
  const [row] = await run(statement('notes/count-live', { target, authorId }));
  return Number(row?.count ?? 0);
}

export interface NewNoteRow {
  id: string; idemKey: string; target: string; targetKind: NoteTargetKind; authorId: string; visibility: NoteVisibility; text: string; createdAt: string;
}

export async function createNote(run: Run, row: NewNoteRow): Promise<StoredNote> {
  const note = noteOf((await run(statement('notes/create', { row })))[0]);
  if (!note) throw new Error(`cypher/notes/create returned no note for ${row.id}`);
  return note;
}

export async function noteForUpdate(run: Run, id: string): Promise<StoredNote | null> {
  return noteOf((await run(statement('notes/for-update', { id })))[0]);
}

export async function writeEdit(run: Run, id: string, version: number, text: string, visibility: NoteVisibility, at: string): Promise<StoredNote | null> {
  return noteOf((await run(statement('notes/edit', { id, version: int(version), text, visibility, at })))[0]);
}

export async function writeDelete(run: Run, id: string, version: number, at: string, by: string): Promise<StoredNote | null> {
  return noteOf((await run(statement('notes/delete', { id, version: int(version), at, by })))[0]);
}

/** Each target's notes `viewerId` may read, oldest first: one query for a whole list of targets. */
export async function notesOnTargets(db: Db, viewerId: string, targets: readonly string[]): Promise<StoredNote[][]> {
  const rows = await db.read(statement('notes/for-targets', { targets: [...new Set(targets)], viewerId }));
  const byTarget = new Map<string, StoredNote[]>();
  for (const row of rows) {
    const note = noteOf(row);
    if (note) byTarget.set(String(row.target), [...(byTarget.get(String(row.target)) ?? []), note]);
  }
  return targets.map((t) => byTarget.get(t) ?? []);
}

/** Each note's earlier versions, oldest first. */
export async function earlierVersions(db: Db, ids: readonly string[]): Promise<NoteVersionRow[][]> {
  const rows = await db.read(statement('notes/earlier', { ids: [...ids] }));
  const byId = new Map(rows.map((r) => [String(r.noteId), (r.versions as NoteVersionRow[] | null) ?? []]));
  return ids.map((id) => byId.get(id) ?? []);
}
