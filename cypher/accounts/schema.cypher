// Accounts, sessions and API tokens: unique ids, unique emails, and the lookups sign-in leans on.
// Several statements, each ending in ";" (schema commands run one at a time, outside data
// transactions). IF NOT EXISTS lets the server's start and every `npm run users` run them again.
// Parameters: none
// Columns: none
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT user_email IF NOT EXISTS FOR (n:User) REQUIRE n.email IS UNIQUE;
CREATE CONSTRAINT session_id IF NOT EXISTS FOR (n:Session) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.hash IS UNIQUE;
CREATE INDEX session_user_id IF NOT EXISTS FOR (n:Session) ON (n.userId);
CREATE INDEX api_token_user_id IF NOT EXISTS FOR (n:ApiToken) ON (n.userId);
