// Revision ids are unique, and a record's history is found by its id without a scan. Several
// statements, each ending in ";" (schema commands run one at a time); IF NOT EXISTS lets every
// writer run them at its start.
// Parameters: none
// Columns: none
CREATE CONSTRAINT revision_id IF NOT EXISTS FOR (n:Revision) REQUIRE n.id IS UNIQUE;
CREATE INDEX revision_target IF NOT EXISTS FOR (n:Revision) ON (n.target);
