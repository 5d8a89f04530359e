// What the notes tests count to show that a write happened once (or not at all): notes (deleted
// ones included), live notes, and earlier versions kept.
// Parameters: none
// Columns: notes, live, versions
RETURN COUNT { (:Note) } AS notes, COUNT { MATCH (n:Note) WHERE n.deletedAt IS NULL } AS live, COUNT { (:NoteVersion) } AS versions
