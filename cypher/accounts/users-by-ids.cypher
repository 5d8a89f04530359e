// Accounts by id, for Proposal.author, Revision.author and the like (disabled ones included: the
// audit trail keeps naming who did what).
// Parameters: $ids (list of string)
// Columns: user
UNWIND $ids AS id
MATCH (u:User {id: id})
RETURN u {.id, .email, .role} AS user
