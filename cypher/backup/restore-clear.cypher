// Takes restore's label and id off up to $size nodes; run until it clears fewer than $size.
// Safe to repeat: a node without the label is not matched again.
// Parameters: $size (int)
// Columns: cleared
MATCH (n:`__LinkageRestore`)
WITH n LIMIT $size
REMOVE n:`__LinkageRestore`, n.`__linkageRestoreId`
RETURN count(n) AS cleared
