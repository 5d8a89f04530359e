// The links of the paths the search kept (server/services/paths.ts), in full: a level of
// query/paths/expand returns only what the search needs of each link (id, status, direction), since
// a hub's thousands of rows cost twice as long as maps. Both ends are given, so Neo4j tests the link
// from the end with fewer links (Expand(Into)); the LIMIT stops at the one with that id. A link
// retired since the level read it gives no row (the service then drops its path).
// Parameters: $links (list of map)
// Columns: rel
UNWIND $links AS link
MATCH (a:Entity {id: link.fromId}), (b:Entity {id: link.toId})
CALL (a, b, link) {
  MATCH (a)-[r]->(b)
  WHERE r.id = link.id AND NOT coalesce(r.retired, false)
  RETURN r
  LIMIT 1
}
RETURN r {.id, .status, .validFrom, .validTo, .validFromBasis, .validToBasis, .datesNote, .role, .note, type: type(r), fromId: a.id, toId: b.id} AS rel
