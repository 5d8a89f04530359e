// The link filter for a link `r` read from one of its ends: the tests on the link itself, and the
// kinds test on `m`, the entity at the other end, which passes anyway when its id is in
// $filter.exempt (the entity the links are read from, the ends of a path).
// Parameters: $filter (map)
// Variables: r (relationship), m (Entity at the other end)
(
  // Include: fragments/link-filter-link
  AND ($filter.kinds IS NULL OR m.kind IN $filter.kinds OR m.id IN $filter.exempt)
)
