// Sources by id without their text, for source(id) when the query does not select `text` (an
// article's text is the bulk of its record; query/source/by-ids reads it when it is asked for).
// Parameters: $ids (list of string)
// Columns: source
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {.id, .title, .publisher, .author, .publishedOn, .publishedOnBasis, .publishedOnNote, .url} AS source
