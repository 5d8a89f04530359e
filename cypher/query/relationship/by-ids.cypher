// Relationships by id. The id is found through the indexed Evidence.relId (every link has
// evidence), whose fromId leads to the indexed start entity; only its own links are expanded.
// A retired relationship produces no row.
// Parameters: $ids (list of string)
// Columns: rel
UNWIND $ids AS id
// Include: fragments/relationship-start
MATCH (a:Entity {id: fromId})-[r]->(:Entity)
WHERE r.id = id AND NOT coalesce(r.retired, false)
RETURN r {.id, .status, .validFrom, .validTo, .validFromBasis, .validToBasis, .datesNote, .role, .note, type: type(r), fromId: a.id, toId: endNode(r).id} AS rel
