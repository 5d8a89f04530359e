// The entity proposals that would create these ids (an intake files a link beside the proposals
// of its new ends), newest first: a review of the link names the one to accept first.
// Parameters: $ids (list of string)
// Columns: proposal
MATCH (p:Proposal)
WHERE p.target IN $ids AND p.kind = 'ENTITY'
RETURN
  // Include: fragments/proposal-fields
  AS proposal
ORDER BY p.createdAt DESC
