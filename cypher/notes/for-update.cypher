// A note about to be edited or deleted, write-locked first (a no-op SET), so that a second edit of
// the same note waits for the first to commit and then reads the version the first made.
// Parameters: $id (string)
// Columns: note
MATCH (n:Note {id: $id})
SET n.id = n.id
RETURN
  // Include: fragments/note-fields
  AS note
