// Counts the live entities of each kind, from scratch (a rebuild: an existing database, a bulk
// import, a restored backup made before tallies), into their 'kind ' Tally.
// Parameters: none
// Columns: kinds
MATCH (n:Entity)
WHERE n.kind IS NOT NULL AND n.retired IS NULL
WITH n.kind AS kind, count(*) AS count
CREATE (:Tally {key: 'kind ' + kind, count: count})
RETURN count(*) AS kinds
