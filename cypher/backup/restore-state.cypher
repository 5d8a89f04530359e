// Whether the database is empty, and whether what it holds is an interrupted restore's (its
// nodes still carry the restore's own label, or its progress node is there).
// Parameters: none
// Columns: nodes, partial
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH (n) WHERE n:`__LinkageRestore` OR n:`__LinkageRestoreProgress` RETURN count(n) AS partial }
RETURN nodes, partial
