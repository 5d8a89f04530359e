// Versioned records and their revisions: the one path by which an edit, an import and the seed
// change the graph (docs/editing.md). Every function takes a Run bound to the caller's open
// transaction, so that a change and its revision commit together.

export type { AnyRecord, ContextRecord, EntityRecord, EvidenceRecord, RecordOf, RelationshipRecord, SourceRecord } from './records';
export { canonical, parseRecordJson, RECORD_FIELDS, sameRecord, stableRecordJson } from './records';
export type { RelationshipRef, StoredRecord, StoredRevision, VersionStamp } from './read';
export { readHistory, readRecords } from './read';
export type { RecordBatch } from './rows';
export { NO_RECORDS, recordsToRows } from './rows';
export type { NewRevision } from './write';
export { applyRecords, newRevisionId, recordRevisions } from './write';
