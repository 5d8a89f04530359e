// Every constraint, with the statement that creates it again (Neo4j writes it).
// Parameters: none
// Columns: name, type, entityType, createStatement
SHOW CONSTRAINTS YIELD name, type, entityType, createStatement
RETURN name, type, entityType, createStatement
ORDER BY name
