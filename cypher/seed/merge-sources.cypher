// Creates or updates articles, full text included.
// Parameters: $rows (list of map)
// Columns: written
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.title = row.title,
    s.publisher = row.publisher,
    s.author = row.author,
    s.publishedOn = row.publishedOn,
    s.publishedOnBasis = row.publishedOnBasis,
    s.publishedOnNote = row.publishedOnNote,
    s.url = row.url,
    s.text = row.text
RETURN count(s) AS written
