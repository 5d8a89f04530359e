// Entities by id, for the per-request entity loader. Missing and retired ids produce no row.
// Parameters: $ids (list of string)
// Columns: entity
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT coalesce(n.retired, false)
RETURN
  // Include: fragments/entity-fields
  AS entity
