// The fields of the link filter that test the link `r` itself, shared by both of the filter's
// shapes (link-filter-one-end, link-filter-both-ends), which add the kinds test on its ends.
// $filter is a LinkFilter after server/translate/filter.ts: a null field keeps every link; dates
// are full days. A span passes asOf when it contains that day and between when it overlaps
// from..to; an open end (no validFrom / validTo) never excludes a link. A retired link never
// passes, whatever the filter (it keeps its history, but no read shows it); a live link's ends
// are always live (server/editing refuses to retire an entity with live links), so no read of a
// link needs to test its ends for that.
// Parameters: $filter (map)
// Variables: r (relationship)
(
  ($filter.types IS NULL OR type(r) IN $filter.types)
  AND ($filter.statuses IS NULL OR r.status IN $filter.statuses)
  AND ($filter.asOf IS NULL OR ((r.validFromStart IS NULL OR r.validFromStart <= date($filter.asOf)) AND (r.validToEnd IS NULL OR r.validToEnd >= date($filter.asOf))))
  AND ($filter.from IS NULL OR r.validToEnd IS NULL OR r.validToEnd >= date($filter.from))
  AND ($filter.to IS NULL OR r.validFromStart IS NULL OR r.validFromStart <= date($filter.to))
  AND NOT coalesce(r.retired, false)
)
