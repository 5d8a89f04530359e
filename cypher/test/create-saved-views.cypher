// Saved views for tests, made directly in the graph model's shape (server/services/views-rules.ts):
// `count` private views of one owner, so that a test reaches an account's limit without the API.
// Parameters: $ownerId (string), $count (int)
// Columns: created
UNWIND range(1, $count) AS i
CREATE (v:SavedView {id: $ownerId + '-filler-' + toString(i), ownerId: $ownerId,
                     name: 'filler ' + toString(i), state: 'n=nio', visibility: 'PRIVATE', version: 1,
                     createdAt: datetime('2000-01-01T00:00:00Z'), updatedAt: datetime('2000-01-01T00:00:00Z')})
RETURN count(v) AS created
