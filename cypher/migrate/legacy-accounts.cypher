// The accounts that stand for the free-text editor names of the old import audit: disabled
// contributors (they can never sign in) with an address under legacy.linkage, so that each
// migrated revision names an account. MERGE on the address, so a rerun finds the same account.
// Parameters: $rows (list of map)
// Columns: id, email, name
UNWIND $rows AS row
MERGE (u:User {email: row.email})
  ON CREATE SET u.id = row.id, u.role = 'contributor', u.disabled = true, u.system = false,
                u.legacyName = row.name, u.createdAt = datetime()
RETURN u.id AS id, u.email AS email, row.name AS name
