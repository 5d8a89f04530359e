// One batch of relationships between nodes restored earlier (found by restore's id), of dynamic
// types (Neo4j 5.26). Creates nothing when batch $batch has already committed; a row whose end is
// not in the database creates nothing either, so created < size means the file lacks a node.
// Parameters: $batch (int), $rows (list of maps: id / type / start / end / props)
// Columns: created
MATCH (p:`__LinkageRestoreProgress`)
WHERE p.done < $batch
SET p.done = $batch
WITH p
UNWIND $rows AS row
MATCH (a:`__LinkageRestore` {`__linkageRestoreId`: row.start})
MATCH (b:`__LinkageRestore` {`__linkageRestoreId`: row.end})
CREATE (a)-[r:$(row.type)]->(b)
SET r += row.props
RETURN count(r) AS created
