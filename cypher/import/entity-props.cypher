// Every stored property of the given entities, as the audit trail keeps them before and after an
// import batch writes (read inside the batch's transaction).
// Parameters: $ids (list of string)
// Columns: props
UNWIND $ids AS wanted
MATCH (n:Entity {id: wanted})
RETURN n {.*} AS props
ORDER BY n.id
