// Typed calls for notes. Adding sends the draft's idempotency key, so a double click or a retried
// request adds one note; editing and deleting name the version they were made against. Errors go
// back to the notes section (`inline`); only an outage reaches the banner.
import type {
  AddNoteMutation, AddNoteMutationVariables, DeleteNoteMutation, DeleteNoteMutationVariables, EditNoteMutation, EditNoteMutationVariables,
  NoteFieldsFragment, NotesQuery, NotesQueryVariables,
} from '#vocabulary/wire/operations';
import type { NoteVisibility } from '#vocabulary/notes';
import { gql } from './graphql';
import { ADD_NOTE, DELETE_NOTE, EDIT_NOTE, NOTES } from './noteQueries';

export type NoteInfo = NoteFieldsFragment;

const inline = { inline: true } as const;

export async function fetchNotes(target: string): Promise<NoteInfo[]> {
  return (await gql<NotesQuery>(NOTES, { target } satisfies NotesQueryVariables, undefined, inline)).notes;
}

export async function addNote(target: string, text: string, visibility: NoteVisibility, idempotencyKey: string): Promise<NoteInfo> {
  const vars: AddNoteMutationVariables = { target, text, visibility, idempotencyKey };
  return (await gql<AddNoteMutation>(ADD_NOTE, vars, undefined, inline)).addNote;
}

export async function editNote(id: string, version: number, text: string, visibility: NoteVisibility): Promise<NoteInfo> {
  const vars: EditNoteMutationVariables = { id, version, text, visibility };
  return (await gql<EditNoteMutation>(EDIT_NOTE, vars, undefined, inline)).editNote;
}

export async function deleteNote(id: string, version: number): Promise<void> {
  await gql<DeleteNoteMutation>(DELETE_NOTE, { id, version } satisfies DeleteNoteMutationVariables, undefined, inline);
}
