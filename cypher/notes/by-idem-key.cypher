// The note an author already added with an idempotency key ($idemKey = author id + ':' + key), if any.
// Parameters: $idemKey (string)
// Columns: note
MATCH (n:Note {idemKey: $idemKey})
RETURN
  // Include: fragments/note-fields
  AS note
