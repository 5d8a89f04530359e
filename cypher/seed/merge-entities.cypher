// Creates or updates entities. The type label follows the kind; the other type labels are removed
// in case an entity's kind was corrected since the last load.
// Parameters: $rows (list of map)
// Columns: written
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n.name = row.name,
    n.kind = row.kind,
    n.country = row.country,
    n.aliases = row.aliases,
    n.description = row.description,
    n.searchKeys = row.searchKeys
REMOVE n:$(row.staleLabels)
SET n:$(row.label)
RETURN count(n) AS written
