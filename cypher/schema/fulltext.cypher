// Full-text search over every name an entity goes by. The cjk analyzer splits Chinese into
// overlapping character pairs, so 蔚来 is found inside 蔚来汽车. aliases and searchKeys are
// LIST<STRING> properties, which Neo4j 5.26 full-text indexes element by element.
// Parameters: none
// Columns: none
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliases, n.searchKeys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
