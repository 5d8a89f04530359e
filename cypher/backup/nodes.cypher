// Every node, streamed: the backup writes each as it arrives, so none is held in memory for long.
// The elementId only joins relationships to their ends within the file.
// Parameters: none
// Columns: id, labels, props
MATCH (n)
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
