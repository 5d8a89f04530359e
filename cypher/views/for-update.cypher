// Write-locks a saved view (a no-op SET) and reads it, so that the checks that follow (owner,
// version) and the change they allow see what a concurrent change committed before it.
// Parameters: $id (string)
// Columns: view
MATCH (v:SavedView {id: $id})
SET v.id = v.id
RETURN
  // Include: fragments/saved-view-fields
  AS view
