// The span of the sources' publication dates, as written, from the two ends of the
// Source.publishedOn index (tally/schema) rather than a scan. The greatest date as written is the
// latest unless its year or its month is also written alone, which ranks as that year's or month's
// last day: those two are looked up, and of the three the one whose last day is latest wins, the
// most precise on a tie (as the links' 'end ' tallies rank, fragments/link-tally-keys).
// Parameters: none
// Columns: earliest, latest
WITH COLLECT { MATCH (s:Source) WHERE s.publishedOn IS NOT NULL RETURN s.publishedOn AS day ORDER BY s.publishedOn LIMIT 1 }[0] AS earliest,
     COLLECT { MATCH (s:Source) WHERE s.publishedOn IS NOT NULL RETURN s.publishedOn AS day ORDER BY s.publishedOn DESC LIMIT 1 }[0] AS top
WITH earliest, top, [d IN [left(top, 4), left(top, 7)] WHERE size(d) < size(top) AND EXISTS { MATCH (s:Source) WHERE s.publishedOn = d }] + [top] AS candidates
UNWIND candidates AS day
WITH earliest, day, CASE size(day) WHEN 4 THEN day + '-12-31' WHEN 7 THEN day + '-31' ELSE day END + ' ' + day AS ranked
RETURN earliest, split(max(ranked), ' ')[1] AS latest
