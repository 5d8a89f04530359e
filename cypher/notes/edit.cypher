// Edits a note at the version read under its lock (notes/for-update): what it said is kept as a
// NoteVersion (MERGE on note and version, so a retried transaction keeps it once), then the new
// text and visibility are set and the version raised.
// Parameters: $id (string), $version (int), $text (string), $visibility (string), $at (string)
// Columns: note
MATCH (n:Note {id: $id})
WHERE n.version = $version AND n.deletedAt IS NULL
MERGE (v:NoteVersion {noteId: n.id, version: n.version})
  ON CREATE SET v.text = n.text, v.visibility = n.visibility, v.at = coalesce(n.editedAt, n.createdAt)
SET n.text = $text, n.visibility = $visibility, n.editedAt = datetime($at), n.version = n.version + 1
RETURN
  // Include: fragments/note-fields
  AS note
