// Every stored property of the given sources, as the audit trail keeps them before and after an
// import batch writes (read inside the batch's transaction).
// Parameters: $ids (list of string)
// Columns: props
UNWIND $ids AS wanted
MATCH (s:Source {id: wanted})
RETURN s {.*} AS props
ORDER BY s.id
