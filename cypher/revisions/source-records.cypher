// The stored record and version stamp of each given source, read inside the transaction that is
// about to change it.
// Parameters: $ids (list of string)
// Columns: id, record, stamp
UNWIND $ids AS wanted
MATCH (s:Source {id: wanted})
RETURN s.id AS id,
       s {.id, .title, .publisher, .author, .publishedOn, .publishedOnBasis, .publishedOnNote, .url, .text} AS record,
       {version: coalesce(s.version, 0), revisionId: s.revisionId, revisedBy: s.revisedBy, revisedAt: toString(s.revisedAt)} AS stamp
