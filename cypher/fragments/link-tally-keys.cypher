// The Tally keys a link counts in: none when it is retired or has no date; else 'dated', its start
// ('start ' and the earlier of its dates, as written) and its end ('end ', the last day the later
// date can mean, and the date as written), so that the least 'start ' key is the earliest date and
// the greatest 'end ' key the latest, a year ranking as its 31 December (see query/stats/kept).
// Parameters: none
// Variables: r (a link; the fragment gives keys)
CALL (r) {
  WITH coalesce(r.validFrom, r.validTo) AS first, coalesce(r.validTo, r.validFrom) AS last
  RETURN CASE WHEN r.retired = true OR first IS NULL THEN []
    ELSE ['dated', 'start ' + first, 'end ' + CASE size(last) WHEN 4 THEN last + '-12-31' WHEN 7 THEN last + '-31' ELSE last END + ' ' + last]
  END AS keys
}
