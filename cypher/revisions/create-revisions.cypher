// Records revisions in the same transaction as the change they describe. MERGE on the id (made
// before the transaction starts) means a retried transaction records each revision once.
// Parameters: $rows (list of map)
// Columns: recorded
UNWIND $rows AS row
MERGE (rev:Revision {id: row.id})
  ON CREATE SET rev.at = datetime(row.at), rev.authorId = row.authorId, rev.action = row.action,
                rev.targetKind = row.targetKind, rev.target = row.target, rev.version = toInteger(row.version),
                rev.before = row.before, rev.after = row.after, rev.reason = row.reason,
                rev.proposalId = row.proposalId, rev.importRunId = row.importRunId
RETURN count(rev) AS recorded
