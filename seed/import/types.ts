// What the import reads from its files before validation, and how problems are reported: at the
// row and column a person would look at in a spreadsheet or an editor, with a code (ErrorCode).
import { ErrorCode } from '#vocabulary/errors';
import type { ImportRecordError } from '#vocabulary/records/errors';

/** One problem, e.g. `relationships.csv row 7, column quote: not found verbatim in source …` (#vocabulary/records/errors). */
export type ImportError = ImportRecordError;

export function importError(file: string, row: string | null, column: string | null, message: string, code: ErrorCode = ErrorCode.BAD_USER_INPUT): ImportError {
  return { code, file, row, column, message };
}

export function formatImportError(e: ImportError): string {
  const where = [e.row, e.column === null ? null : `column ${e.column}`].filter((p) => p !== null).join(', ');
  return `${e.file}${where ? ` ${where}` : ''}: ${e.message}`;
}

/** File by file in the order given, then row by row (numerically: row 9 before row 10). */
export function sortErrors(errors: readonly ImportError[]): ImportError[] {
  const files = [...new Set(errors.map((e) => e.file))];
  return [...errors].sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || (a.row ?? '').localeCompare(b.row ?? '', 'en', { numeric: true }));
}

export class ImportValidationError extends Error {
  readonly errors: ImportError[];

  constructor(unsorted: ImportError[]) {
    const errors = sortErrors(unsorted);
    const shown = errors.slice(0, 100).map((e) => `  ${formatImportError(e)}`);
    const more = errors.length > shown.length ? [`  … and ${errors.length - shown.length} more`] : [];
    super([`The import has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was written:`, ...shown, ...more].join('\n'));
    this.name = 'ImportValidationError';
    this.errors = errors;
  }
}

/** Where a record came from; `locate` turns a seed field path ("evidence[2].quote") into a row and column. */
export interface Origin {
  file: string;
  locate: (field: string | null) => { row: string; column: string | null };
}

/** A record meant to be in the seed's shape (not yet checked: it may not even be an object), with where it came from. */
export interface Located { record: unknown; origin: Origin }

/** Everything read from the import files, before validation. */
export interface ImportBatch {
  sources: Located[];
  entities: Located[];
  relationships: Located[];
  /** Problems found while reading (bad CSV, unknown columns, rows that disagree). */
  errors: ImportError[];
}

export const emptyBatch = (): ImportBatch => ({ sources: [], entities: [], relationships: [], errors: [] });

export function mergeBatches(batches: readonly ImportBatch[]): ImportBatch {
  return {
    sources: batches.flatMap((b) => b.sources),
    entities: batches.flatMap((b) => b.entities),
    relationships: batches.flatMap((b) => b.relationships),
    errors: batches.flatMap((b) => b.errors),
  };
}
