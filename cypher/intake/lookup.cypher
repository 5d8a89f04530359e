// The gazetteer's lookup for article intake (server/intake/graph): the entities each surface
// string of an article may name, from the entity_search full-text index, in ONE statement for the
// whole article. Each query is built by server/translate/search-query.ts, as search's is, so a
// mention matches what search would find (names, aliases, Chinese names, pinyin, small typos).
// Retired entities are left out; the caller ranks the candidates by closeness.
// Parameters: $queries (list of map: surface and query strings), $limit (int)
// Columns: surface, entity, score
UNWIND $queries AS q
CALL (q) {
  CALL db.index.fulltext.queryNodes('entity_search', q.query, {limit: $limit}) YIELD node AS n, score
  WHERE NOT coalesce(n.retired, false)
  RETURN n, score
}
RETURN q.surface AS surface, n {.id, .name, .aliases, .kind} AS entity, score
