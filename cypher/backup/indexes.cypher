// Every index a constraint does not own (a constraint brings its own back), full-text ones
// included, with the statement that creates it again (Neo4j writes it, options and all).
// Parameters: none
// Columns: name, type, entityType, createStatement
SHOW INDEXES YIELD name, type, entityType, owningConstraint, createStatement
WHERE owningConstraint IS NULL
RETURN name, type, entityType, createStatement
ORDER BY name
