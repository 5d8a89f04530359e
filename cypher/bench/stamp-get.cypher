// Which synthetic graph the benchmark's database holds (its key names size, seed and generator
// version) and how many nodes it has at all, so that a run reuses a complete load of the same
// graph and wipes anything else, e.g. a load that was interrupted before its stamp was written.
// Parameters: none
// Columns: key, nodes
OPTIONAL MATCH (m:Meta {id: 'bench'})
WITH m
CALL () { MATCH (n) RETURN count(n) AS nodes }
RETURN m.key AS key, nodes
