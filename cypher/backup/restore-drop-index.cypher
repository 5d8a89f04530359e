// Drops restore's own index once every node has lost the label it covers.
// Parameters: none
// Columns: none
DROP INDEX linkage_restore_id IF EXISTS
