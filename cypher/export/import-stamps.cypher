// Which import files last wrote the graph's records, how many of each kind, and when: for audits
// of imported data and for the import tests.
// Parameters: none
// Columns: kind, file, count, latest
CALL () {
  MATCH (n:Entity) WHERE n.importedFrom IS NOT NULL
  RETURN 'entity' AS kind, n.importedFrom AS file, n.importedAt AS at
  UNION ALL
  MATCH (s:Source) WHERE s.importedFrom IS NOT NULL
  RETURN 'source' AS kind, s.importedFrom AS file, s.importedAt AS at
  UNION ALL
  MATCH ()-[r]->() WHERE r.importedFrom IS NOT NULL
  RETURN 'relationship' AS kind, r.importedFrom AS file, r.importedAt AS at
  UNION ALL
  MATCH (e:Evidence) WHERE e.importedFrom IS NOT NULL
  RETURN 'evidence' AS kind, e.importedFrom AS file, e.importedAt AS at
  UNION ALL
  MATCH (c:Context) WHERE c.importedFrom IS NOT NULL
  RETURN 'context' AS kind, c.importedFrom AS file, c.importedAt AS at
}
RETURN kind, file, count(*) AS count, toString(max(at)) AS latest
ORDER BY kind, file
