// Notes (docs/notes.md): unique ids, a unique (author, idempotency key) pair so that a duplicate
// request racing the first fails on the constraint and reads the first back, the target index every
// read starts from, and one earlier version per note and version. Notes have no relationships: they
// name their target by id, so the graph's degrees, paths and counts never see them.
// Several statements, each ending in ";"; IF NOT EXISTS lets every start run them.
// Parameters: none
// Columns: none
CREATE CONSTRAINT note_id IF NOT EXISTS FOR (n:Note) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT note_idem_key IF NOT EXISTS FOR (n:Note) REQUIRE n.idemKey IS UNIQUE;
CREATE INDEX note_target IF NOT EXISTS FOR (n:Note) ON (n.target);
CREATE CONSTRAINT note_version IF NOT EXISTS FOR (v:NoteVersion) REQUIRE (v.noteId, v.version) IS UNIQUE;
