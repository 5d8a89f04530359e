// What each note said before its edits, oldest first: its author's view of its history.
// Parameters: $ids (list of string)
// Columns: noteId, versions
UNWIND $ids AS id
OPTIONAL MATCH (v:NoteVersion {noteId: id})
WITH id, v
ORDER BY v.version
RETURN id AS noteId, [x IN collect(v) | x {.version, .text, .visibility, at: toString(x.at)}] AS versions
