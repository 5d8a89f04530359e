// The quotes behind each relationship, in the curated order, with the source they cite and who
// asserts each one (attribution.entityId is the speaker's entity id when it is in the graph).
// Parameters: $relIds (list of string)
// Columns: id, relId, quote, reportedOn, stance, attribution, marksEnd, sourceId
UNWIND $relIds AS relId
MATCH (e:Evidence {relId: relId})-[:CITES]->(s:Source)
RETURN e.id AS id, relId, e.quote AS quote, e.reportedOn AS reportedOn, e.stance AS stance,
       {kind: e.attributionKind, name: e.attributionName, entityId: e.attributionEntityId} AS attribution,
       coalesce(e.marksEnd, false) AS marksEnd, s.id AS sourceId
ORDER BY relId, e.ord
