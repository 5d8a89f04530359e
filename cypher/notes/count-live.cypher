// How many notes an account keeps on one target (deleted ones do not count): the per-target limit.
// Parameters: $target (string), $authorId (string)
// Columns: count
MATCH (n:Note {target: $target})
WHERE n.authorId = $authorId AND n.deletedAt IS NULL
RETURN count(n) AS count
