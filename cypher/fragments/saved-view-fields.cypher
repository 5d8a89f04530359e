// The fields of a SavedView node as the API reads them (server/services/views-rules.ts SavedViewRow):
// a map projection, pasted where a RETURN names the view. Times come back as ISO strings.
// Parameters: none
// Variables: v (SavedView)
v {.id, .ownerId, .name, .state, .visibility, .version, createdAt: toString(v.createdAt), updatedAt: toString(v.updatedAt)}
