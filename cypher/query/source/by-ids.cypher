// Sources by id, with their full text (for Evidence.paragraph and Source.text).
// Parameters: $ids (list of string)
// Columns: source
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {.id, .title, .publisher, .author, .publishedOn, .publishedOnBasis, .publishedOnNote, .url, .text} AS source
