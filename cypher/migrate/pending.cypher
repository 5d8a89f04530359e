// How many old import audit Change nodes are not yet migrated into revisions.
// Parameters: none
// Columns: pending
MATCH (c:Change) WHERE c.migratedAt IS NULL
RETURN count(c) AS pending
