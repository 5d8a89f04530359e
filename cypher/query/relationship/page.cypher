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
    AND ($filter.types IS NULL OR type(r) IN $filter.types)
    AND ($filter.statuses IS NULL OR r.status IN $filter.statuses)
    AND ($filter.asOf IS NULL OR ((r.validFromStart IS NULL OR r.validFromStart <= date($filter.asOf)) AND (r.validToEnd IS NULL OR r.validToEnd >= date($filter.asOf))))
    AND ($filter.from IS NULL OR r.validToEnd IS NULL OR r.validToEnd >= date($filter.from))
    AND ($filter.to IS NULL OR r.validFromStart IS NULL OR r.validFromStart <= date($filter.to))
    AND ($filter.kinds IS NULL OR ((a.kind IN $filter.kinds OR a.id IN $filter.exempt) AND (b.kind IN $filter.kinds OR b.id IN $filter.exempt)))
  RETURN r, b
}
WITH a, r, b
ORDER BY a.id, r.id
LIMIT $first
RETURN r {.id, .status, .validFrom, .validTo, .role, .note, type: type(r), fromId: a.id, toId: b.id} AS rel
