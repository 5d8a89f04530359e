// The version stamp of each entity (0 for one never revised), retired ones included.
// Parameters: $ids (list of string)
// Columns: id, version
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, coalesce(n.version, 0) AS version
