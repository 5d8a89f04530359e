// How many proposals a page's list holds (the connection's totalCount).
// Parameters: $state (string), $authorId (string)
// Columns: total
MATCH (p:Proposal)
WHERE ($state IS NULL OR p.state = $state)
  AND ($authorId IS NULL OR p.authorId = $authorId)
RETURN count(p) AS total
