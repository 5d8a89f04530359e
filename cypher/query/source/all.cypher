// Every source, newest first: the fields a list shows, without the article's text (a long string
// per source; Source.text loads it by id through query/source/by-ids only when it is asked for).
// Parameters: none
// Columns: source
MATCH (s:Source)
RETURN s {.id, .title, .publisher, .author, .publishedOn, .publishedOnBasis, .publishedOnNote, .url} AS source
ORDER BY s.publishedOn DESC, s.id
