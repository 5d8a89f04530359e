// Which of the given entity ids are stored; lets checks confirm that a refused load wrote nothing.
// Parameters: $ids (list of string)
// Columns: id
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id
ORDER BY id
