// Kept counts (cypher/tally/): one Tally node per key, unique, so that a MERGE from two
// transactions at once finds one node and the second waits on the first's lock. The Source
// publication dates get an index so that their span is read from its two ends, not by a scan.
// Several statements, each ending in ";"; IF NOT EXISTS lets every start run them.
// Parameters: none
// Columns: none
CREATE CONSTRAINT tally_key IF NOT EXISTS FOR (t:Tally) REQUIRE t.key IS UNIQUE;
CREATE INDEX source_published_on IF NOT EXISTS FOR (s:Source) ON (s.publishedOn);
