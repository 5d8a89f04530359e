// The import's run ids are unique, and an import run's revisions are found without a scan. The
// old audit's Change constraints stay for databases that still hold Change nodes (migrated into
// revisions by seed/migrate, kept). Several statements, each ending in ";" (schema commands run
// one at a time, outside data transactions). IF NOT EXISTS lets every import run them again.
// Parameters: none
// Columns: none
CREATE CONSTRAINT import_run_id IF NOT EXISTS FOR (n:ImportRun) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_record_id IF NOT EXISTS FOR (n:Change) ON (n.recordId);
CREATE INDEX revision_import_run IF NOT EXISTS FOR (n:Revision) ON (n.importRunId);
