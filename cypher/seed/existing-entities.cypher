// Which of the given entity ids are stored; lets checks confirm that a refused load wrote nothing.
// Parameters: $ids (list of string)
// Columns: id
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id
ORDER BY id
