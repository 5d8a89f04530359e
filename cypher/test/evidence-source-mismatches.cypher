// Evidence whose sourceId is missing or names another source than the one it cites.
// Parameters: none
// Columns: n
MATCH (e:Evidence)-[:CITES]->(s:Source)
WHERE e.sourceId IS NULL OR e.sourceId <> s.id
RETURN count(e) AS n
