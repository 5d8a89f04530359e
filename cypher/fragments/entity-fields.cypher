// The fields of an Entity as the API reads them (server/services/types.ts EntityRow): a map
// projection, pasted where a RETURN or a list names the entity. `type` is its second label.
// Parameters: none
// Variables: n (Entity)
n {.id, .name, .aliases, .kind, .country, .description, type: [l IN labels(n) WHERE l <> 'Entity'][0]}
