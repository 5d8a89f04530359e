// Whether a database holds anything besides the system accounts every start creates: a bulk
// import replaces the whole store, so it only ever goes into a database with nothing else.
// Parameters: none
// Columns: nodes, accounts
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH (u:User) WHERE u.system = true RETURN count(u) AS accounts }
RETURN nodes, accounts
