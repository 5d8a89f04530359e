// One page of every account's listed views, newest first, after the cursor's id ($before, null on
// the first page). $first is the page size plus one, so the caller can tell if more follow.
// Parameters: $before (string), $first (int)
// Columns: view
MATCH (v:SavedView {visibility: 'LISTED'})
WHERE $before IS NULL OR v.id < $before
WITH v ORDER BY v.id DESC LIMIT $first
RETURN
  // Include: fragments/saved-view-fields
  AS view
