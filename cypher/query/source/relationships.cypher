// One page of the relationships a source backs, by relationship id after $after ('' at first).
// Walks the source's evidence in relationship-id order on the (sourceId, relId) index, so the
// busiest article (40,000 cited links at L) costs a page's worth of index entries, not a read and
// sort of all of them; each link is then found from its start entity, one at a time until the page
// is full. Retired links are left out.
// $first is the page size plus one, so the caller can tell if more follow.
// Parameters: $id (string), $after (string), $first (int)
// Columns: rel
MATCH (e:Evidence)
USING INDEX e:Evidence(sourceId, relId)
WHERE e.sourceId = $id AND e.relId > $after
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
