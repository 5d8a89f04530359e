// Every source, newest first. Sources are articles curated by hand: a short list.
// Parameters: none
// Columns: source
MATCH (s:Source)
RETURN s {.id, .title, .publisher, .author, .publishedOn, .publishedOnBasis, .publishedOnNote, .url, .text} AS source
ORDER BY s.publishedOn DESC, s.id
