// Stores a proposal made without an idempotency key. MERGE on its id (made before the
// transaction) writes it once however often the driver retries the transaction.
// Parameters: $row (map)
// Columns: proposal, created
MERGE (p:Proposal {id: $row.id})
  ON CREATE SET p.state = $row.state, p.kind = $row.kind, p.authorId = $row.authorId, p.createdAt = datetime($row.createdAt),
                p.payload = $row.payload, p.target = $row.target, p.targetKind = $row.targetKind,
                p.baseVersion = $row.baseVersion, p.reason = $row.reason, p.note = $row.note
RETURN
  // Include: fragments/proposal-fields
  AS proposal, true AS created
