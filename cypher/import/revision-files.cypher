// The import file each of an import's revisions came from (an import may read several files;
// ImportRun.file names them all).
// Parameters: $rows (list of map)
// Columns: set
UNWIND $rows AS row
MATCH (rev:Revision {id: row.id})
SET rev.file = row.file
RETURN count(rev) AS set
