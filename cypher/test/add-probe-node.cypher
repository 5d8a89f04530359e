// A write during the backup test's dump: one node, so the dump must see the graph change.
// Parameters: $name (string)
// Columns: none
CREATE (:BackupTypes {name: $name})
