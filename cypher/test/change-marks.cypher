// Each old import audit Change with the revision it was migrated into, by id.
// Parameters: none
// Columns: id, revisionId, migrated
MATCH (c:Change)
RETURN c.id AS id, c.revisionId AS revisionId, c.migratedAt IS NOT NULL AS migrated
ORDER BY id
