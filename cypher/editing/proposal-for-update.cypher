// A proposal read by the transaction that reviews it, write-locked first (a no-op SET takes the
// lock), so that two reviews of one proposal run one after the other and the second sees the first.
// Parameters: $id (string)
// Columns: proposal
MATCH (p:Proposal {id: $id})
SET p.state = p.state
RETURN
  // Include: fragments/proposal-fields
  AS proposal
