// Unique ids, and the range indexes that lookups by kind and by relationship id lean on; a source's
// links are read from its evidence in relationship-id order (query/source/relationships).
// Several statements, each ending in ";": schema commands cannot share a transaction with data,
// so the loader runs them one at a time. IF NOT EXISTS keeps reloading harmless.
// Parameters: none
// Columns: none
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT context_id IF NOT EXISTS FOR (n:Context) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX evidence_rel_id IF NOT EXISTS FOR (n:Evidence) ON (n.relId);
CREATE INDEX evidence_source_rel IF NOT EXISTS FOR (n:Evidence) ON (n.sourceId, n.relId);
CREATE INDEX context_rel_id IF NOT EXISTS FOR (n:Context) ON (n.relId);
