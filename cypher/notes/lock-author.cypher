// Write-locks the author's account node before a new note is counted against the per-target limit:
// a no-op SET takes the lock, so two notes the same account adds at once are counted one after the
// other (Neo4j reads what is committed; without the lock both could see 19 and both write).
// Parameters: $authorId (string)
// Columns: locked
OPTIONAL MATCH (u:User {id: $authorId})
SET u.id = u.id
RETURN count(u) AS locked
