// Renames a locked saved view or changes its visibility (a null leaves that field), and adds 1 to
// its version. Run after for-update.cypher in the same transaction, which checked the version.
// Parameters: $id (string), $name (string), $visibility (string), $at (string)
// Columns: view
MATCH (v:SavedView {id: $id})
SET v.name = coalesce($name, v.name), v.visibility = coalesce($visibility, v.visibility),
    v.version = v.version + 1, v.updatedAt = datetime($at)
RETURN
  // Include: fragments/saved-view-fields
  AS view
