// Every stored property of the given relationships (by id and start entity), with the type and
// ends, which are part of the record although Neo4j does not keep them as properties.
// Parameters: $refs (list of map)
// Columns: props
UNWIND $refs AS ref
MATCH (a:Entity {id: ref.from})-[r]->(b:Entity)
WHERE r.id = ref.id
RETURN r {.*, type: type(r), from: a.id, to: b.id} AS props
ORDER BY r.id
