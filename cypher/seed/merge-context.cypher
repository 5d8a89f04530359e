// Creates or updates a link's context sentences: background a curator keeps on the link but that
// is not evidence. They are (:Context) nodes, not (:Evidence), so that no evidence query, count or
// export picks them up by accident; each cites its one source like evidence does. An empty
// reportedOn falls back to the source's date.
// Parameters: $rows (list of map)
// Columns: written
UNWIND $rows AS row
MATCH (s:Source {id: row.source})
MERGE (c:Context {id: row.id})
SET c.relId = row.relId,
    c.fromId = row.fromId,
    c.quote = row.quote,
    c.reportedOn = CASE row.reportedOn WHEN '' THEN s.publishedOn ELSE row.reportedOn END,
    c.ord = toInteger(row.ord)
WITH c, s
CALL (c, s) {
  MATCH (c)-[old:CITES]->(other:Source)
  WHERE other <> s
  DELETE old
}
MERGE (c)-[:CITES]->(s)
RETURN count(c) AS written
