// Removes the progress node when every batch has committed and every node is cleared.
// Parameters: none
// Columns: none
MATCH (p:`__LinkageRestoreProgress`)
DELETE p
