// A trivial read: what matters is the bookmark its session ends with, which names the database's
// last committed transaction; the backup compares the one before its dump with the one after.
// Parameters: none
// Columns: one
RETURN 1 AS one
