// The background sentences kept on each relationship (Context nodes, not evidence), in the curated
// order, with the source they come from.
// Parameters: $relIds (list of string)
// Columns: relId, quote, reportedOn, sourceId
UNWIND $relIds AS relId
MATCH (c:Context {relId: relId})-[:CITES]->(s:Source)
RETURN relId, c.quote AS quote, c.reportedOn AS reportedOn, s.id AS sourceId
ORDER BY relId, c.ord
