// The fields of a Note node as the API reads them (server/services/notes-store.ts NoteRow): a map
// projection, pasted where a RETURN names the note. Times come back as ISO strings.
// Parameters: none
// Variables: n (Note)
n {.id, .target, .targetKind, .authorId, .visibility, .text, createdAt: toString(n.createdAt), editedAt: toString(n.editedAt),
   .version, deletedAt: toString(n.deletedAt), .deletedBy}
