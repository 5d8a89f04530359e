// Creates or updates evidence nodes and points each at the one source it cites (an entry whose
// source was changed in the seed loses its old CITES link). JavaScript numbers arrive as floats,
// so ord is made an integer here: ids and the pruning compare it as one. sourceId repeats the cited
// source's id so that a source's page of links is read in order from one index (evidence_source_rel). An empty reportedOn (an
// edit that gives none) falls back to the source's date, as the seed's own rows do.
// Parameters: $rows (list of map)
// Columns: written
UNWIND $rows AS row
MATCH (s:Source {id: row.source})
MERGE (e:Evidence {id: row.id})
SET e.relId = row.relId,
    e.sourceId = s.id,
    e.fromId = row.fromId,
    e.quote = row.quote,
    e.reportedOn = CASE row.reportedOn WHEN '' THEN s.publishedOn ELSE row.reportedOn END,
    e.stance = row.stance,
    e.attributionKind = row.attributionKind,
    e.attributionName = row.attributionName,
    e.attributionEntityId = row.attributionEntityId,
    e.marksEnd = row.marksEnd,
    e.ord = toInteger(row.ord)
WITH e, s
CALL (e, s) {
  MATCH (e)-[old:CITES]->(other:Source)
  WHERE other <> s
  DELETE old
}
MERGE (e)-[:CITES]->(s)
RETURN count(e) AS written
