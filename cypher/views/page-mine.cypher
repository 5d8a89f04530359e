// One page of an owner's saved views, newest first (ids sort by time), after the cursor's id
// ($before, null on the first page). $first is the page size plus one, so the caller can tell if more follow.
// Parameters: $ownerId (string), $before (string), $first (int)
// Columns: view
MATCH (v:SavedView {ownerId: $ownerId})
WHERE $before IS NULL OR v.id < $before
WITH v ORDER BY v.id DESC LIMIT $first
RETURN
  // Include: fragments/saved-view-fields
  AS view
