// The notes on each target that an account may read: its own (private or shared) and everyone's
// shared ones, oldest first; deleted ones never. `$viewerId` is the signed-in account's id.
// Parameters: $targets (list of string), $viewerId (string)
// Columns: target, note
UNWIND $targets AS target
MATCH (n:Note {target: target})
WHERE n.deletedAt IS NULL AND (n.visibility = 'SHARED' OR n.authorId = $viewerId)
WITH target, n
ORDER BY n.createdAt, n.id
RETURN target,
  // Include: fragments/note-fields
  AS note
