// Closes a proposal: ACCEPTED (with the revision that applied it), REJECTED or CONFLICTED, with
// who decided, when, and their note.
// Parameters: $id (string), $state (string), $reviewerId (string), $reviewedAt (string), $note (string), $revisionId (string)
// Columns: proposal
MATCH (p:Proposal {id: $id})
SET p.state = $state, p.reviewerId = $reviewerId, p.reviewedAt = datetime($reviewedAt), p.note = $note, p.revisionId = $revisionId
RETURN
  // Include: fragments/proposal-fields
  AS proposal
