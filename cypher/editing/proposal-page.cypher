// One page of proposals, newest first (ids sort by time), after the cursor's id ($before, null on
// the first page); only one author's when $authorId is given, only one state's when $state is.
// $first is the page size plus one, so the caller can tell if more follow.
// Parameters: $state (string), $authorId (string), $before (string), $first (int)
// Columns: proposal
MATCH (p:Proposal)
WHERE ($state IS NULL OR p.state = $state)
  AND ($authorId IS NULL OR p.authorId = $authorId)
  AND ($before IS NULL OR p.id < $before)
WITH p ORDER BY p.id DESC LIMIT $first
RETURN
  // Include: fragments/proposal-fields
  AS proposal
