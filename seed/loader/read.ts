// Reads a seed folder: data/{sources,entities,relationships}.json and the article texts in sources/.
// Problems that stop the files being read at all (missing file, bad JSON, not an array) are
// collected for all three files and thrown together as a SeedValidationError.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ErrorCode } from '#vocabulary/errors';
import { REPO_ROOT } from '../../server/config';
import { SEED_FILES, SeedValidationError } from './types';
import type { Dataset, LoadedSource, SeedEntity, SeedFileName, SeedRecordError, SeedRelationship, SeedSource } from './types';

export const DEFAULT_SEED_DIR = path.join(REPO_ROOT, 'seed');

/** A path as people know it: relative to the repository when inside it. */
export function displayPath(file: string): string {
  const rel = path.relative(REPO_ROOT, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}

/** Turns JSON.parse's "at position N" into a line and column, which editors can jump to. */
export function describeJsonError(text: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const m = /at position (\d+)/.exec(message);
  if (!m?.[1]) return `invalid JSON: ${message}`;
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  const reason = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
  return `invalid JSON at line ${line} column ${column} (position ${m[1]}): ${reason}`;
}

function readArray(dir: string, file: SeedFileName, errors: SeedRecordError[]): unknown[] {
  const full = path.join(dir, 'data', file);
  const fileError = (message: string, code = ErrorCode.BAD_USER_INPUT): unknown[] => {
    errors.push({ code, file, index: null, id: null, field: null, message: `${message} (${displayPath(full)})` });
    return [];
  };
  if (!existsSync(full)) return fileError('file not found', ErrorCode.NOT_FOUND);
  const text = readFileSync(full, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return fileError(describeJsonError(text, err));
  }
  if (!Array.isArray(parsed)) return fileError('must hold a JSON array of records');
  return parsed as unknown[];
}

/** A source's file must name a file directly inside sources/, so that no path can escape it. */
export function isPlainFileName(file: unknown): file is string {
  return typeof file === 'string' && file !== '' && file === path.basename(file) && file !== '.' && file !== '..' && !file.includes('\\');
}

function attachText(dir: string, record: SeedSource): LoadedSource {
  const file = isPlainFileName(record.file) ? record.file : '';
  const full = path.join(dir, 'sources', file);
  const text = file && existsSync(full) ? readFileSync(full, 'utf8') : null;
  return { ...record, text, textPath: displayPath(full) };
}

/** Reads the whole seed folder; throws SeedValidationError when a data file cannot be read. */
export function readDataset(dir: string = DEFAULT_SEED_DIR): Dataset {
  const root = path.resolve(dir);
  const errors: SeedRecordError[] = [];
  const sources = readArray(root, SEED_FILES.sources, errors);
  const entities = readArray(root, SEED_FILES.entities, errors);
  const relationships = readArray(root, SEED_FILES.relationships, errors);
  if (errors.length > 0) throw new SeedValidationError(errors);
  return {
    dir: root,
    // Records are checked field by field by the validator; objects are all the reader asks for.
    sources: sources.map((s) => (isObject(s) ? attachText(root, s as unknown as SeedSource) : (s as LoadedSource))),
    entities: entities as SeedEntity[],
    relationships: relationships as SeedRelationship[],
  };
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
