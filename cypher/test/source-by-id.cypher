// One source's record as stored, with how its date is known; used by the seed tests.
// Parameters: $id (string)
// Columns: id, publishedOn, publishedOnBasis, publishedOnNote, url
MATCH (s:Source {id: $id})
RETURN s.id AS id, s.publishedOn AS publishedOn, s.publishedOnBasis AS publishedOnBasis, s.publishedOnNote AS publishedOnNote, s.url AS url
