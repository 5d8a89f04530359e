// Saved views (server/services/views*.ts): unique ids, and each (owner, idempotency key) pair unique,
// so a duplicate save that races the first fails on the constraint and reads the first one back.
// Lists are read newest first by id, an owner's through (ownerId, id), the listed ones through
// (visibility, id). Several statements, each ending in ";"; IF NOT EXISTS lets every start run them.
// Parameters: none
// Columns: none
CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (n:SavedView) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT saved_view_idem_key IF NOT EXISTS FOR (n:SavedView) REQUIRE n.idemKey IS UNIQUE;
CREATE INDEX saved_view_owner IF NOT EXISTS FOR (n:SavedView) ON (n.ownerId, n.id);
CREATE INDEX saved_view_visibility IF NOT EXISTS FOR (n:SavedView) ON (n.visibility, n.id);
