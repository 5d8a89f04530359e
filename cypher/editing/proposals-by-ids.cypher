// Proposals by id (Query.proposal, Revision.proposal). Missing ids produce no row.
// Parameters: $ids (list of string)
// Columns: proposal
UNWIND $ids AS id
MATCH (p:Proposal {id: id})
RETURN
  // Include: fragments/proposal-fields
  AS proposal
