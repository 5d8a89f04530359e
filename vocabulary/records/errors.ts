// Problems found in record files (the seed's, an import's), as data: a code from ErrorCode, the
// file, where in it, and why. The seed locates by array position and id, since its files are
// JSON arrays; the import by what its user sees in their own file: a spreadsheet row and column,
// or a JSON list position. They are two shapes, not one, because a CSV relationship spans several
// rows (one per quote), so an import error's row is not its record's.
import type { ErrorCode } from '../errors';
import type { SeedFileName } from './seed';

export interface RecordError {
  code: ErrorCode;
  /** The file's name as the user gave it ("relationships.csv"), or "database" for a stored record. */
  file: string;
  message: string;
}

/** e.g. `relationships.json record 3 (nio-built-by-jac) field evidence[0].quote: not found verbatim …` */
export interface SeedRecordError extends RecordError {
  file: SeedFileName;
  /** Position in the file's array, counted from 0; null for a problem with the file as a whole. */
  index: number | null;
  id: string | null;
  /** Dotted path of the field, e.g. "evidence[0].quote"; null for the record as a whole. */
  field: string | null;
}

/** e.g. `relationships.csv row 7, column quote: not found verbatim in source …` */
export interface ImportRecordError extends RecordError {
  /** "row 7" in a CSV file (the header is row 1, as in a spreadsheet), "relationships[3] (id)" in JSON; null for the file as a whole. */
  row: string | null;
  /** The CSV column, or in JSON the record's dotted field path ("evidence[0].quote"); null for the row as a whole. */
  column: string | null;
}
