// One page of every relationship, ordered by (from.id, r.id). Entities are read in the order of
// the Entity.id index from the cursor on, and the LIMIT stops the scan (a PartialTop in the plan),
// so a page costs the same on page one and page ten thousand. $afterFrom is '' on the first page.
// $first is the page size plus one, so the caller can tell if more follow.
// Parameters: $afterFrom (string), $afterRel (string), $first (int), $filter (map)
// Columns: rel
MATCH (a:Entity)
WHERE a.id >= $afterFrom
CALL (a) {
  MATCH (a)-[r]->(b:Entity)
  WHERE (a.id > $afterFrom OR r.id > $afterRel)
    AND
    // Include: fragments/link-filter-both-ends
  RETURN r, b
}
WITH a, r, b
ORDER BY a.id, r.id
LIMIT $first
RETURN r {.id, .status, .validFrom, .validTo, .validFromBasis, .validToBasis, .datesNote, .role, .note, type: type(r), fromId: a.id, toId: b.id} AS rel
