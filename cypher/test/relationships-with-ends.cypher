// Every relationship with its type, its properties and its two ends' labels and properties: how
// the backup test compares two databases whose element ids differ.
// Parameters: none
// Columns: type, props, startLabels, startProps, endLabels, endProps
MATCH (a)-[r]->(b)
RETURN type(r) AS type, properties(r) AS props, labels(a) AS startLabels, properties(a) AS startProps, labels(b) AS endLabels, properties(b) AS endProps
