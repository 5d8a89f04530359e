// Deletes a note at the version read under its lock: its text and its earlier versions are removed
// for good; the node stays as a tombstone (target, author, who deleted it and when), so a retried
// delete answers the same and a moderator's deletion stays accountable. Reads skip tombstones.
// Parameters: $id (string), $version (int), $at (string), $by (string)
// Columns: note
MATCH (n:Note {id: $id})
WHERE n.version = $version AND n.deletedAt IS NULL
CALL (n) {
  OPTIONAL MATCH (v:NoteVersion {noteId: n.id})
  DELETE v
}
SET n.deletedAt = datetime($at), n.deletedBy = $by, n.text = null
RETURN
  // Include: fragments/note-fields
  AS note
