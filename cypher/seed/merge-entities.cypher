// Creates or updates entities. The type label follows the kind; the other type labels are removed
// in case an entity's kind was corrected since the last load. A live entity counts in its kind's
// tally (cypher/tally/), moved in the same write when the kind changes.
// Parameters: $rows (list of map)
// Columns: written
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH row, n, CASE WHEN n.retired = true OR n.kind IS NULL THEN [] ELSE ['kind ' + n.kind] END AS before
SET n.name = row.name,
    n.kind = row.kind,
    n.country = row.country,
    n.aliases = row.aliases,
    n.description = row.description,
    n.searchKeys = row.searchKeys
REMOVE n:$(row.staleLabels)
SET n:$(row.label)
WITH n, before, CASE WHEN n.retired = true OR n.kind IS NULL THEN [] ELSE ['kind ' + n.kind] END AS after
// Include: fragments/tally-apply
RETURN count(n) AS written
