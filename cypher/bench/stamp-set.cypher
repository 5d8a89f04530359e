// Marks the benchmark's synthetic graph as completely loaded; written only after the loader and
// its index wait have finished, so a stamp always means a whole graph.
// Parameters: $key (string), $entities (int), $relationships (int)
// Columns: key
MERGE (m:Meta {id: 'bench'})
SET m.key = $key, m.entities = $entities, m.relationships = $relationships, m.loadedAt = datetime()
RETURN m.key AS key
