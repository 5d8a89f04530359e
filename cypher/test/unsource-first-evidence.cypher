// Takes the sourceId off the first Evidence by id, as a database written before it existed would
// have it (in a transaction the test rolls back), for the backfill to put back.
// Parameters: none
// Columns: id, source
MATCH (e:Evidence)-[:CITES]->(s:Source)
WITH e, s
ORDER BY e.id
LIMIT 1
REMOVE e.sourceId
RETURN e.id AS id, s.id AS source
