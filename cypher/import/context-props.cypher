// Every stored property of the context sentences of the given relationships, with the id of the
// source each cites, as the audit trail keeps them (like evidence-props for quotes).
// Parameters: $relIds (list of string)
// Columns: props
UNWIND $relIds AS relId
MATCH (c:Context {relId: relId})
OPTIONAL MATCH (c)-[:CITES]->(s:Source)
RETURN c {.*, source: s.id} AS props
ORDER BY c.relId, c.ord, c.id
