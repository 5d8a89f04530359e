// The view an owner already saved with an idempotency key, if any.
// Parameters: $idemKey (string)
// Columns: view
MATCH (v:SavedView {idemKey: $idemKey})
RETURN
  // Include: fragments/saved-view-fields
  AS view
