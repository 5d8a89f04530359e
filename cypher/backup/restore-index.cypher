// The index restore joins relationships to their ends by; dropped when the restore is done.
// Parameters: none
// Columns: none
CREATE INDEX linkage_restore_id IF NOT EXISTS FOR (n:`__LinkageRestore`) ON (n.`__linkageRestoreId`)
