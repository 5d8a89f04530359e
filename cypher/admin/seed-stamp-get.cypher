// The hash of the seed files last loaded, and whether the graph has any entity at all.
// Parameters: none
// Columns: hash, entities
OPTIONAL MATCH (m:Meta {id: 'seed'})
WITH m
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
RETURN m.hash AS hash, entities
