// What the tallies keep (cypher/tally/): whether they are kept at all ('ready'; before the first
// rebuild the service counts instead), the dated links, the earliest start and the latest end
// (each the first key of the unique index in order: see fragments/link-tally-keys), and the live
// entities of each kind.
// Parameters: none
// Columns: ready, dated, earliest, latest, kinds
RETURN COUNT { MATCH (t:Tally {key: 'ready'}) WHERE t.count = 1 } = 1 AS ready,
       coalesce(COLLECT { MATCH (t:Tally {key: 'dated'}) RETURN t.count }[0], 0) AS dated,
       COLLECT { MATCH (t:Tally) WHERE t.key STARTS WITH 'start ' RETURN substring(t.key, 6) AS day ORDER BY t.key LIMIT 1 }[0] AS earliest,
       COLLECT { MATCH (t:Tally) WHERE t.key STARTS WITH 'end ' RETURN split(t.key, ' ')[2] AS day ORDER BY t.key DESC LIMIT 1 }[0] AS latest,
       COLLECT { MATCH (t:Tally) WHERE t.key STARTS WITH 'kind ' RETURN {kind: substring(t.key, 5), count: t.count} AS row } AS kinds
