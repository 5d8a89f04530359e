// The version stamp of each relationship (0 for one never revised), found by id as
// fragments/relationship-start finds any relationship.
// Parameters: $ids (list of string)
// Columns: id, version
UNWIND $ids AS id
// Include: fragments/relationship-start
MATCH (:Entity {id: fromId})-[r]->(:Entity)
WHERE r.id = id
RETURN id, coalesce(r.version, 0) AS version
