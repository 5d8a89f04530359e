// Notes on entities and links (docs/notes.md): adding (idempotent by key, limited per account and
// target), editing (the author, at the version it was made against, keeping what it said), deleting
// (the author, or an editor for a shared note), and the reads. A note never touches the graph: it
// names its target by id and has no relationship, revision or count of the record's.
import { randomBytes } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { ErrorCode } from '#vocabulary/errors';
import { NOTE_LIMITS } from '#vocabulary/notes';
import type { NoteVisibility } from '#vocabulary/notes';
import { inReadTransaction, inWriteTransaction } from '../editing/tx';
import { notFoundAt } from '../editing/errors';
import { badInput } from '../errors';
import type { Context, Viewer } from '../resolvers/context';
import { keyProblem, mayDelete, mayEdit, mayRead, noteText, overLimitMessage } from './notes-rules';
import {
  createNote, findTarget, liveNotesOf, lockAuthor, noteByIdemKey, noteForUpdate, writeDelete, writeEdit,
} from './notes-store';
import type { NoteRow, NoteTarget, StoredNote } from './notes-store';

const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';

/** "n_" + the time, sortable, + random; made before the transaction, so a retried one reuses it. */
const newNoteId = (at: Date): string => `n_${at.toISOString().replace(/[-:.]/g, '')}-${randomBytes(4).toString('hex')}`;

const withTarget = (note: StoredNote, target: NoteTarget | null): NoteRow => ({ ...note, targetRetired: target?.retired ?? true });

function conflict(note: StoredNote, version: number): GraphQLError {
  return new GraphQLError(`The note is at version ${note.version}, not ${version}: it was changed since you read it; reload it and make your change again`, {
    extensions: { code: ErrorCode.CONFLICT, argument: 'version', id: note.id, currentVersion: note.version },
  });
}

const forbidden = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN, argument: 'id' } });

function checkedText(text: string): string {
  const checked = noteText(text);
  if (checked.problem !== null) throw badInput('text', checked.problem);
  return checked.text;
}

async function liveTarget(ctx: Context, id: string): Promise<NoteTarget> {
  const target = await inReadTransaction(ctx, (run) => findTarget(run, id));
  if (!target) throw notFoundAt('entity or link', id, 'target');
  if (target.retired) throw badInput('target', `${id} has been retired: its notes are kept, but no new one can be added`);
  return target;
}

function firstOfKey(note: StoredNote): StoredNote {
  if (note.deletedAt !== null) throw badInput('idempotencyKey', 'the note this key added has been deleted since; send a new key to add another');
  return note;
}

export interface AddNoteArgs { target: string; text: string; visibility: NoteVisibility; idempotencyKey?: string | null }

export async function addNote(ctx: Context, viewer: Viewer, args: AddNoteArgs): Promise<NoteRow> {
  const key = args.idempotencyKey ?? null;
  if (key !== null) {
    const problem = keyProblem(key);
    if (problem) throw badInput('idempotencyKey', problem);
  }
  const text = checkedText(args.text);
  const idemKey = key === null ? null : `${viewer.id}:${key}`;
  const target = await liveTarget(ctx, args.target);
  const at = new Date();
  const id = newNoteId(at);
  const row = { id, idemKey: idemKey ?? `${viewer.id}:${id}`, target: args.target, targetKind: target.kind, authorId: viewer.id, visibility: args.visibility, text, createdAt: at.toISOString() };
  try {
    const note = await inWriteTransaction(ctx, async (run) => {
      await lockAuthor(run, viewer.id);
      const first = idemKey === null ? null : await noteByIdemKey(run, idemKey);
      if (first) return firstOfKey(first);
      if (await liveNotesOf(run, viewer.id, args.target) >= NOTE_LIMITS.perTargetPerAccount) throw badInput('target', overLimitMessage(target.kind));
      return createNote(run, row);
    });
    return withTarget(note, target);
  } catch (err) {
    // A concurrent request with the same key committed first: it is the one to answer with.
    if (!(err instanceof Neo4jError && err.code === CONSTRAINT_FAILED) || idemKey === null) throw err;
    const first = await inReadTransaction(ctx, (run) => noteByIdemKey(run, idemKey));
    if (!first) throw err;
    return withTarget(firstOfKey(first), target);
  }
}

/** The note under its lock, as the viewer may know of it: one they may not read does not exist for them. */
async function readable(run: Parameters<typeof noteForUpdate>[0], id: string, viewer: Viewer): Promise<StoredNote> {
  const note = await noteForUpdate(run, id);
  if (!note || !mayRead(note, viewer)) throw notFoundAt('note', id, 'id');
  return note;
}

export interface EditNoteArgs { id: string; version: number; text?: string | null; visibility?: NoteVisibility | null }

export async function editNote(ctx: Context, viewer: Viewer, args: EditNoteArgs): Promise<NoteRow> {
  if ((args.text ?? null) === null && (args.visibility ?? null) === null) throw badInput('text', 'nothing to change: send the new text, the visibility or both');
  const newText = args.text === null || args.text === undefined ? null : checkedText(args.text);
  const at = new Date().toISOString();
  const note = await inWriteTransaction(ctx, async (run) => {
    const current = await readable(run, args.id, viewer);
    if (current.deletedAt !== null) throw notFoundAt('note', args.id, 'id');
    if (!mayEdit(current, viewer)) throw forbidden('Only its author edits a note');
    if (current.version !== args.version) throw conflict(current, args.version);
    const text = newText ?? current.text ?? '';
    const visibility = args.visibility ?? current.visibility;
    if (text === current.text && visibility === current.visibility) return current;
    const edited = await writeEdit(run, args.id, args.version, text, visibility, at);
    if (!edited) throw conflict(current, args.version);
    return edited;
  });
  return withTarget(note, await inReadTransaction(ctx, (run) => findTarget(run, note.target)));
}

export interface DeletedNoteRow { id: string; target: string; deletedAt: string }

export async function deleteNote(ctx: Context, viewer: Viewer, args: { id: string; version: number }): Promise<DeletedNoteRow> {
  const at = new Date().toISOString();
  const note = await inWriteTransaction(ctx, async (run) => {
    const current = await readable(run, args.id, viewer);
    if (!mayDelete(current, viewer)) throw forbidden('Only its author deletes a private note; editors and admins may delete a shared one');
    // A retried delete, or one of a note already deleted: the same answer, nothing written.
    if (current.deletedAt !== null) return current;
    if (current.version !== args.version) throw conflict(current, args.version);
    return (await writeDelete(run, args.id, args.version, at, viewer.id)) ?? current;
  });
  return { id: note.id, target: note.target, deletedAt: note.deletedAt ?? at };
}

/** Query.notes: a target's notes the viewer may read, whether the target is live or retired. */
export async function notesOnTarget(ctx: Context, viewer: Viewer, target: string): Promise<NoteRow[]> {
  const [found, notes] = await Promise.all([
    inReadTransaction(ctx, (run) => findTarget(run, target)),
    ctx.loaders.notes.on.load({ viewerId: viewer.id, target }),
  ]);
  return notes.map((n) => withTarget(n, found));
}
