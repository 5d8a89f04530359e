// Proposals whose idempotency key (authorId:key) contains $part, grouped by key: the write-fault
// test counts each key's proposals (exactly one each) and the entities they propose.
// Parameters: $part (string)
// Columns: idemKey, ids, targets
MATCH (p:Proposal)
WHERE p.idemKey CONTAINS $part
RETURN p.idemKey AS idemKey, collect(p.id) AS ids, collect(p.target) AS targets
ORDER BY idemKey
