// Creates or updates articles, full text included. An empty publishedOn (a source added in the
// product without a date) is stored as none.
// Parameters: $rows (list of map)
// Columns: written
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.title = row.title,
    s.publisher = row.publisher,
    s.author = row.author,
    s.publishedOn = CASE row.publishedOn WHEN '' THEN null ELSE row.publishedOn END,
    s.publishedOnBasis = row.publishedOnBasis,
    s.publishedOnNote = row.publishedOnNote,
    s.url = row.url,
    s.text = row.text
RETURN count(s) AS written
