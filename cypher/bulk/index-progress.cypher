// How far each index is after a bulk import, for the progress lines while they populate: the
// importer writes no index, so every constraint's and index's population starts after it.
// Parameters: none
// Columns: name, state, percent
SHOW INDEXES YIELD name, state, populationPercent
RETURN name, state, populationPercent AS percent
