// Relationships by id. The id is found through the indexed Evidence.relId (every link has
// evidence), whose fromId leads to the indexed start entity; only its own links are expanded.
// A retired relationship produces no row. `ends` are its two entities with the fields of
// fragments/entity-fields (a retired one left out), so that from/to need no second round trip.
// Parameters: $ids (list of string)
// Columns: rel, ends
UNWIND $ids AS id
// Include: fragments/relationship-start
MATCH (a:Entity {id: fromId})-[r]->(b:Entity)
WHERE r.id = id AND NOT coalesce(r.retired, false)
RETURN r {.id, .status, .validFrom, .validTo, .validFromBasis, .validToBasis, .datesNote, .role, .note, type: type(r), fromId: a.id, toId: b.id} AS rel,
  [n IN [a, b] WHERE NOT coalesce(n.retired, false) |
    // Include: fragments/entity-fields
  ] AS ends
