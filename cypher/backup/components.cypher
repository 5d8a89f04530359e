// Which Neo4j the backup was taken from, for the file's header.
// Parameters: none
// Columns: name, version, edition
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
