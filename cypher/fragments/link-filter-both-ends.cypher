// The link filter for a link `r` from `a` to `b`: the tests on the link itself, and the kinds
// test on both ends, each of which passes anyway when its id is in $filter.exempt.
// Parameters: $filter (map)
// Variables: r (relationship), a (Entity at its start), b (Entity at its end)
(
  // Include: fragments/link-filter-link
  AND ($filter.kinds IS NULL OR ((a.kind IN $filter.kinds OR a.id IN $filter.exempt) AND (b.kind IN $filter.kinds OR b.id IN $filter.exempt)))
)
