// Notes' fields (docs/notes.md): Query.notes and the mutations need an account; Entity.notes and
// Relationship.notes answer an anonymous reader with an empty list, so that a public page's query
// does not fail for a field it may simply not see. The rules are in server/services/notes*.ts.
import { requirePermission } from '../accounts/guard';
import { addNote, deleteNote, editNote, notesOnTarget } from '../services/notes';
import type { NoteRow } from '../services/notes-store';
import type { Context } from './context';
import { loadUser } from './editing';
import type { MutationResolvers, NoteResolvers, QueryResolvers } from './generated';

/** The notes on a live record the request's account may read (its panel's list). */
export async function notesOfRecord(record: { id: string }, _args: unknown, ctx: Context): Promise<NoteRow[]> {
  const viewer = ctx.request.user;
  if (!viewer) return [];
  const notes = await ctx.loaders.notes.on.load({ viewerId: viewer.id, target: record.id });
  return notes.map((n) => ({ ...n, targetRetired: false }));
}

export const noteQueries: Pick<QueryResolvers, 'notes'> = {
  notes: (_p, { target }, ctx) => notesOnTarget(ctx, requirePermission(ctx, 'read'), target),
};

export const noteMutations: Pick<MutationResolvers, 'addNote' | 'editNote' | 'deleteNote'> = {
  addNote: (_p, args, ctx) => addNote(ctx, requirePermission(ctx, 'writeNotes'), args),
  editNote: (_p, args, ctx) => editNote(ctx, requirePermission(ctx, 'writeNotes'), args),
  deleteNote: (_p, args, ctx) => deleteNote(ctx, requirePermission(ctx, 'writeNotes'), args),
};

export const Note: NoteResolvers = {
  author: (note, _args, ctx) => loadUser(ctx, note.authorId),
  text: (note) => note.text ?? '',
  // What it said before is its author's alone: a note once private may since have been shared.
  earlier: (note, _args, ctx) => (ctx.request.user?.id === note.authorId ? ctx.loaders.notes.earlier.load(note.id) : []),
};
