// The quotes behind each relationship, in the curated order, with the source they cite.
// Parameters: $relIds (list of string)
// Columns: relId, quote, reportedOn, stance, sourceId
UNWIND $relIds AS relId
MATCH (e:Evidence {relId: relId})-[:CITES]->(s:Source)
RETURN relId, e.quote AS quote, e.reportedOn AS reportedOn, e.stance AS stance, s.id AS sourceId
ORDER BY relId, e.ord
