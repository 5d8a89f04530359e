// The span of the sources' publication dates, as written (see link-dates for how partial dates rank).
// Parameters: none
// Columns: earliest, latest
MATCH (s:Source)
WHERE s.publishedOn IS NOT NULL
WITH s.publishedOn AS day
RETURN min(day) AS earliest,
       split(max(CASE size(day) WHEN 4 THEN day + '-12-31' WHEN 7 THEN day + '-31' ELSE day END + ' ' + day), ' ')[1] AS latest
