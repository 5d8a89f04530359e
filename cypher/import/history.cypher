// The revisions of one record, newest first, with the email of the account that wrote each and
// the file of the import run it belongs to (if any): what `npm run import -- --history` prints.
// A relationship's revisions hold its evidence and context, so a removed quote shows up there.
// Parameters: $id (string)
// Columns: id, at, author, action, kind, target, version, runId, file, reason, before, after
MATCH (rev:Revision {target: $id})
OPTIONAL MATCH (u:User {id: rev.authorId})
OPTIONAL MATCH (run:ImportRun {id: rev.importRunId})
RETURN rev.id AS id, toString(rev.at) AS at, coalesce(u.email, rev.authorId) AS author, rev.action AS action,
       rev.targetKind AS kind, rev.target AS target, rev.version AS version, rev.importRunId AS runId,
       coalesce(rev.file, run.file) AS file, rev.reason AS reason, rev.before AS before, rev.after AS after
ORDER BY rev.version DESC, rev.id DESC
