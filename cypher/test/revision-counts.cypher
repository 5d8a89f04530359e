// How many revisions the database holds, and how many of them the seed account wrote.
// Parameters: none
// Columns: revisions, bySeed
MATCH (rev:Revision)
RETURN count(rev) AS revisions, count(CASE WHEN rev.authorId = 'seed' THEN 1 END) AS bySeed
