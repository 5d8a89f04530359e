// Every stored property of the evidence of the given relationships, with the id of the source it
// cites: a quote is only recoverable from the audit trail together with its source.
// Parameters: $relIds (list of string)
// Columns: props
UNWIND $relIds AS relId
MATCH (e:Evidence {relId: relId})
OPTIONAL MATCH (e)-[:CITES]->(s:Source)
RETURN e {.*, source: s.id} AS props
ORDER BY e.relId, e.ord, e.id
