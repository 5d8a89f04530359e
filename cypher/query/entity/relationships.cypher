// One page of the links of each entity, ordered by relationship id after the cursor's id ($after,
// '' for the first page). $first is the page size plus one, so the caller can tell if more follow.
// The entity itself is exempt from the kinds test; only the other end must be of those kinds.
// `ends` are the other ends of the page's links with the fields of fragments/entity-fields, written
// out for `m` because the fragment names its entity `n`, here the page's own (retired ends left
// out), so that the page's from/to come with it instead of in a second round trip. An entity of
// more than $hubDegree links is not read here but marked `hub` (its degree is kept on the node):
// the caller pages it with query/entity/relationships-hub, which walks a big type's id index
// instead of sorting every link but whose plan takes seconds to make, paid only where hubs are.
// Parameters: $ids (list of string), $direction (string), $after (string), $first (int), $filter (map), $hubDegree (int)
// Columns: id, hub, rels, ends
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH id, n, COUNT { (n)--() } > $hubDegree AS hub
CALL (n, hub) {
  WITH n, hub WHERE hub
  RETURN null AS rels, null AS ends
  UNION
  WITH n, hub WHERE NOT hub
  CALL (n) {
    MATCH (n)-[r]-(m:Entity)
    WHERE r.id > $after
      AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n))
      AND
      // Include: fragments/link-filter-one-end
    WITH DISTINCT r, m
    ORDER BY r.id
    LIMIT $first
    RETURN collect(r {.id, .status, .validFrom, .validTo, .validFromBasis, .validToBasis, .datesNote, .role, .note, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}) AS rels,
      collect(CASE WHEN coalesce(m.retired, false) THEN null
        ELSE m {.id, .name, .aliases, .kind, .country, .description, type: [l IN labels(m) WHERE l <> 'Entity'][0]} END) AS ends
  }
  RETURN rels, ends
}
RETURN id, hub, rels, ends
