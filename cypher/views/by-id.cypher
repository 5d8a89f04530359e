// One saved view by id.
// Parameters: $id (string)
// Columns: view
MATCH (v:SavedView {id: $id})
RETURN
  // Include: fragments/saved-view-fields
  AS view
