// One batch of nodes, with their labels (dynamic labels, Neo4j 5.26) and typed properties; each
// also gets restore's label and id, by which restore-relationships finds it. Creates nothing when
// batch number $batch has already committed (the progress node says so): created is then 0.
// Parameters: $batch (int), $rows (list of maps: id / labels / props)
// Columns: created
MATCH (p:`__LinkageRestoreProgress`)
WHERE p.done < $batch
SET p.done = $batch
WITH p
UNWIND $rows AS row
CREATE (n:`__LinkageRestore` {`__linkageRestoreId`: row.id})
SET n:$(row.labels)
SET n += row.props
RETURN count(n) AS created
