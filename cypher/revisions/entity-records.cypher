// The stored record and version stamp of each given entity, read inside the transaction that
// is about to change it (a revision's `before`, and the version a write checks).
// Parameters: $ids (list of string)
// Columns: id, record, stamp
UNWIND $ids AS wanted
MATCH (n:Entity {id: wanted})
RETURN n.id AS id,
       n {.id, .name, .kind, .country, .aliases, .description, retired: coalesce(n.retired, false)} AS record,
       {version: coalesce(n.version, 0), revisionId: n.revisionId, revisedBy: n.revisedBy, revisedAt: toString(n.revisedAt)} AS stamp
