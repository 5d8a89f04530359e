// The span of time the live links' dates cover, and how many links have a date at all, counted by
// a scan of the links: what stats fall back on before the tallies are counted (query/stats/kept
// reads the same figures kept), and what tests hold the tallies to. A date is kept as written (a
// year, a month or a day): the earliest is the least start (a shorter prefix starts no later), the
// latest is ranked by its last day (a year by its 31 December), so "2018" outranks "2018-05".
// Parameters: $types (list of string)
// Columns: dated, earliest, latest
MATCH ()-[r]->()
WHERE any(t IN $types WHERE type(r) = t) AND NOT coalesce(r.retired, false) AND (r.validFrom IS NOT NULL OR r.validTo IS NOT NULL)
WITH r, coalesce(r.validTo, r.validFrom) AS last
RETURN count(r) AS dated,
       min(coalesce(r.validFrom, r.validTo)) AS earliest,
       split(max(CASE size(last) WHEN 4 THEN last + '-12-31' WHEN 7 THEN last + '-31' ELSE last END + ' ' + last), ' ')[1] AS latest
