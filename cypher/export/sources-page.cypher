// One page of sources in id order (the unique index on Source.id gives the order), for exports.
// Parameters: $after (string), $limit (int)
// Columns: id, title, publisher, author, publishedOn, publishedOnBasis, publishedOnNote, url, text
MATCH (s:Source)
WHERE s.id > $after
RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.author AS author, s.publishedOn AS publishedOn,
       s.publishedOnBasis AS publishedOnBasis, s.publishedOnNote AS publishedOnNote, s.url AS url, coalesce(s.text, '') AS text
ORDER BY id
LIMIT toInteger($limit)
