// The proposal an author already made with an idempotency key, if any.
// Parameters: $idemKey (string)
// Columns: proposal
MATCH (p:Proposal {idemKey: $idemKey})
RETURN
  // Include: fragments/proposal-fields
  AS proposal
