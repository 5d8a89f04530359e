// Adds a note. MERGE on the idempotency key (unique: notes/schema; a note added without one gets
// its own id as key) finds the author's first note with that key and then writes nothing:
// `created` says whether this call made it (a retried transaction, with the same id, counts as making it).
// Parameters: $row (map)
// Columns: note, created
MERGE (n:Note {idemKey: $row.idemKey})
  ON CREATE SET n.id = $row.id, n.target = $row.target, n.targetKind = $row.targetKind, n.authorId = $row.authorId,
                n.visibility = $row.visibility, n.text = $row.text, n.createdAt = datetime($row.createdAt), n.version = 1
RETURN
  // Include: fragments/note-fields
  AS note, n.id = $row.id AS created
