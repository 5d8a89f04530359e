// Deletes a saved view (it has no relationships). Run after for-update.cypher in the same transaction.
// Parameters: $id (string)
// Columns: deleted
MATCH (v:SavedView {id: $id})
DELETE v
RETURN count(*) AS deleted
