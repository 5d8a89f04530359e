// The given sources in id order, for filtered exports and for checking an import against what is stored.
// Parameters: $ids (list of string)
// Columns: id, title, publisher, author, publishedOn, publishedOnBasis, publishedOnNote, url, text
UNWIND $ids AS wanted
MATCH (s:Source {id: wanted})
RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.author AS author, s.publishedOn AS publishedOn,
       s.publishedOnBasis AS publishedOnBasis, s.publishedOnNote AS publishedOnNote, s.url AS url, coalesce(s.text, '') AS text
ORDER BY id
