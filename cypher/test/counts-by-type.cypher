// Relationship counts by type between entities, and evidence nodes per relationship id.
// Parameters: none
// Columns: type, count, withoutEvidence
MATCH (:Entity)-[r]->(:Entity)
CALL (r) { OPTIONAL MATCH (ev:Evidence {relId: r.id})-[:CITES]->(:Source) RETURN count(ev) AS evidence }
RETURN type(r) AS type, count(r) AS count, sum(CASE WHEN evidence = 0 THEN 1 ELSE 0 END) AS withoutEvidence
ORDER BY type
