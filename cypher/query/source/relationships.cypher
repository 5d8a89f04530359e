// One page of the relationships a source backs, by relationship id after $after ('' at first).
// Starts from the source and its own evidence nodes (the hint keeps the planner from walking the
// whole Evidence.relId index in order instead, which made a rarely cited source's page slower
// than the busiest one's), orders their relationship ids, and only then finds each link from its
// start entity, one at a time until the page is full. Retired links are left out.
// $first is the page size plus one, so the caller can tell if more follow.
// Parameters: $id (string), $after (string), $first (int)
// Columns: rel
MATCH (s:Source {id: $id})<-[:CITES]-(e:Evidence)
USING INDEX s:Source(id)
WHERE e.relId > $after
WITH DISTINCT e.relId AS relId, e.fromId AS fromId
ORDER BY relId
CALL (relId, fromId) {
  MATCH (a:Entity {id: fromId})-[r]->(b:Entity)
  WHERE r.id = relId AND NOT coalesce(r.retired, false)
  RETURN r {.id, .status, .validFrom, .validTo, .validFromBasis, .validToBasis, .datesNote, .role, .note, type: type(r), fromId: a.id, toId: b.id} AS rel
  LIMIT 1
}
WITH rel
LIMIT $first
RETURN rel
ORDER BY rel.id
