// How many relationships a source backs.
// Parameters: $id (string)
// Columns: total
MATCH (:Source {id: $id})<-[:CITES]-(e:Evidence)
RETURN count(DISTINCT e.relId) AS total
