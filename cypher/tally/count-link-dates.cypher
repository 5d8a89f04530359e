// Counts the links of the relation types into their date tallies, from scratch (see count-kinds):
// a scan of every link, once per rebuild, so that stats never scan.
// Parameters: $types (list of string)
// Columns: keys
MATCH ()-[r]->()
WHERE any(t IN $types WHERE type(r) = t)
// Include: fragments/link-tally-keys
UNWIND keys AS key
WITH key, count(*) AS count
CREATE (:Tally {key: key, count: count})
RETURN count(*) AS keys
