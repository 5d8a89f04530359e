// Every relationship, streamed, with its ends' elementIds (the ids the file's node lines carry).
// Parameters: none
// Columns: id, type, start, end, props
MATCH (a)-[r]->(b)
RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS start, elementId(b) AS end, properties(r) AS props
