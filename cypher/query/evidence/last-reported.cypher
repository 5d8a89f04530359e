// The latest reportedOn among each relationship's SUPPORTS evidence (partial ISO dates compare as
// strings: a later year, month or day sorts later), null when none is dated. QUALIFIES and
// CONTRADICTS quotes do not count: a hedge or a denial is not a fresh report of the link.
// Parameters: $relIds (list of string)
// Columns: relId, lastReportedOn
UNWIND $relIds AS relId
OPTIONAL MATCH (e:Evidence {relId: relId})
WHERE e.stance = 'SUPPORTS'
RETURN relId, max(e.reportedOn) AS lastReportedOn
