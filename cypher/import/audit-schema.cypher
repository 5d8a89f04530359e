// The audit trail's ids are unique, and a record's history is looked up by its id without a scan.
// Several statements, each ending in ";" (schema commands run one at a time, outside data
// transactions). IF NOT EXISTS lets every import run them again at its start.
// Parameters: none
// Columns: none
CREATE CONSTRAINT import_run_id IF NOT EXISTS FOR (n:ImportRun) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_record_id IF NOT EXISTS FOR (n:Change) ON (n.recordId);
