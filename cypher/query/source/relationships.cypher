// One page of the relationships a source backs, by relationship id after $after ('' at first).
// Starts from the source's own evidence nodes, so it never looks at other links. Retired links are left out.
// $first is the page size plus one, so the caller can tell if more follow.
// Parameters: $id (string), $after (string), $first (int)
// Columns: rel
MATCH (:Source {id: $id})<-[:CITES]-(e:Evidence)
WHERE e.relId > $after
WITH DISTINCT e.relId AS relId, e.fromId AS fromId
MATCH (a:Entity {id: fromId})-[r]->(:Entity)
WHERE r.id = relId AND NOT coalesce(r.retired, false)
WITH a, r
ORDER BY r.id
LIMIT $first
RETURN r {.id, .status, .validFrom, .validTo, .validFromBasis, .validToBasis, .datesNote, .role, .note, type: type(r), fromId: a.id, toId: endNode(r).id} AS rel
ORDER BY r.id
