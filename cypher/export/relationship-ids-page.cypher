// One page of relationship ids in id order, with the id of each one's start entity. Every
// relationship has evidence (docs/data-model.md), and Evidence.relId has a range index, so this
// walks that index in order instead of scanning and sorting every relationship for each page.
// Parameters: $after (string), $limit (int)
// Columns: id, fromId
MATCH (e:Evidence)
WHERE e.relId > $after
WITH DISTINCT e.relId AS id, e.fromId AS fromId
ORDER BY id
LIMIT toInteger($limit)
RETURN id, fromId
