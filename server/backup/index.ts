// Backups of the whole graph and restores into an empty database (docs/operations.md, "Backups
// and restores"): the file format (format.ts), typed values (values.ts), the dump (dump.ts), the
// restore (restore.ts), the schema (schema.ts), the commands' arguments (args.ts).
export { BACKUP_USAGE, parseBackupArgs, parseRestoreArgs, RESTORE_USAGE } from './args';
export type { BackupCommand, RestoreCommand } from './args';
export { backupDatabase, BackupInconsistentError } from './dump';
export type { BackupOptions, BackupSummary } from './dump';
export { BackupFileError, backupFileName, FILE_EXTENSION, FORMAT, FORMAT_VERSION, PROGRESS_LABEL, RESTORE_ID, RESTORE_LABEL } from './format';
export type { Counts, Header, SchemaItem } from './format';
export { checkBackup, readBackup } from './read';
export { restoreDatabase, RestoreFailedError, RestoreRefusedError } from './restore';
export type { RestoreOptions, RestoreSummary } from './restore';
export { readCounts, readSchema, SchemaConflictError } from './schema';
export { BackupValueError, decodeProps, decodeValue, encodeProps, encodeValue } from './values';
export type { Encoded } from './values';
export { formatBackupSummary, formatBytes, formatRestoreSummary } from './report';
