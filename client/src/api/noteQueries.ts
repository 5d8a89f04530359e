// The operations of notes (docs/notes.md), written against server/schema/notes.graphql: a record's
// notes the account may read, and adding, editing and deleting one. queries.ts re-exports them, so
// `npm run codegen` types them with the reader's operations.
import { USER } from './editQueries';

const NOTE = /* GraphQL */ `
  fragment NoteFields on Note {
    id target targetKind targetRetired visibility text createdAt editedAt version
    author { ...UserFields }
    earlier { version text visibility at }
  }
`;

export const NOTES = /* GraphQL */ `
  query Notes($target: ID!) { notes(target: $target) { ...NoteFields } }
  ${NOTE}
  ${USER}
`;

export const ADD_NOTE = /* GraphQL */ `
  mutation AddNote($target: ID!, $text: String!, $visibility: NoteVisibility, $idempotencyKey: String) {
    addNote(target: $target, text: $text, visibility: $visibility, idempotencyKey: $idempotencyKey) { ...NoteFields }
  }
  ${NOTE}
  ${USER}
`;

export const EDIT_NOTE = /* GraphQL */ `
  mutation EditNote($id: ID!, $version: Int!, $text: String, $visibility: NoteVisibility) {
    editNote(id: $id, version: $version, text: $text, visibility: $visibility) { ...NoteFields }
  }
  ${NOTE}
  ${USER}
`;

export const DELETE_NOTE = /* GraphQL */ `
  mutation DeleteNote($id: ID!, $version: Int!) { deleteNote(id: $id, version: $version) { id target deletedAt } }
`;
