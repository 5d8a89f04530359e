// Candidates for search from the entity_search full-text index (name, aliases, searchKeys; cjk
// analyzer). $query is built by server/translate/search-query.ts from the user's text. Retired
// entities are left out (there are few, so $limit still leaves the caller enough candidates).
// Parameters: $query (string), $limit (int)
// Columns: entity, score
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $limit}) YIELD node AS n, score
WHERE NOT coalesce(n.retired, false)
RETURN
  // Include: fragments/entity-fields
  AS entity, score
