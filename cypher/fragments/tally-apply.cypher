// Moves one record between tallies: its count leaves every key it was in before the write and not
// after, and joins every key it is in after and was not before. A Tally is made at 0 when missing
// and removed when it comes back to 0, so the smallest and largest keys are always live ones.
// The lock comes before the read: under read-committed isolation two transactions could read the
// same count and one addition would be lost (Neo4j's "lost updates in Cypher").
// Parameters: none
// Variables: before, after (lists of string: the Tally keys the record counts in)
CALL (before, after) {
  UNWIND [k IN before WHERE NOT k IN after | {key: k, delta: -1}] + [k IN after WHERE NOT k IN before | {key: k, delta: 1}] AS change
  MERGE (t:Tally {key: change.key})
  ON CREATE SET t.count = 0
  SET t.locked = true
  WITH t, t.count + change.delta AS count
  SET t.count = count
  REMOVE t.locked
  WITH t
  WHERE t.count = 0
  DELETE t
}
