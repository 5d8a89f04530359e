// Where a relationship is found by its id without a scan: the indexed Evidence.relId (every link
// has evidence) names its start entity, whose own links are then the only ones expanded. Gives
// `fromId`; a row whose id no evidence names ends here.
// Parameters: none
// Variables: id (the relationship id)
CALL (id) {
  MATCH (e:Evidence {relId: id})
  RETURN e.fromId AS fromId
  LIMIT 1
}
