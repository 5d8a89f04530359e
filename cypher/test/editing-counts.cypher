// What the editing tests count to show that a write happened once: proposals, revisions, and
// the revisions of one target.
// Parameters: $target (string)
// Columns: proposals, revisions, ofTarget
RETURN COUNT { (:Proposal) } AS proposals, COUNT { (:Revision) } AS revisions,
       COUNT { MATCH (r:Revision {target: $target}) } AS ofTarget
