// Stores a proposal made with an idempotency key ($row.idemKey = author id + ':' + key). MERGE
// on the key (unique: cypher/editing/schema) finds the author's first proposal with that key, and
// then writes nothing: `created` says whether this call made it (a retry of this same call, with
// the same id, counts as making it).
// Parameters: $row (map)
// Columns: proposal, created
MERGE (p:Proposal {idemKey: $row.idemKey})
  ON CREATE SET p.id = $row.id, p.state = $row.state, p.kind = $row.kind, p.authorId = $row.authorId,
                p.createdAt = datetime($row.createdAt), p.payload = $row.payload, p.target = $row.target,
                p.targetKind = $row.targetKind, p.baseVersion = $row.baseVersion, p.reason = $row.reason, p.note = $row.note
RETURN
  // Include: fragments/proposal-fields
  AS proposal, p.id = $row.id AS created
