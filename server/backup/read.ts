// Reading a backup file line by line (never whole), with every check that a damaged, cut-short or
// edited file fails: gzip's own check, each line's shape and values, the order of the parts, the
// counts against the header, and the SHA-256 the last line holds of all the others.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { BackupFileError, countsDiffer, emptyCounts, parseLine } from './format';
import type { End, Header, Parsed, SchemaItem } from './format';
import { BackupValueError } from './values';

/** The file's text lines, decompressed as they are read. */
async function* textLines(file: string): AsyncGenerator<string> {
  // pipeline() passes a read error (no such file) on to the gunzip stream, and so to this loop.
  const gunzip = pipeline(createReadStream(file), createGunzip(), () => undefined);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      rest += decoder.write(chunk);
      let cut = rest.indexOf('\n');
      while (cut >= 0) {
        yield rest.slice(0, cut);
        rest = rest.slice(cut + 1);
        cut = rest.indexOf('\n');
      }
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new BackupFileError(`${file}: no such file`);
    if (e.code === 'EISDIR') throw new BackupFileError(`${file}: is a folder, not a backup file`);
    // zlib: Z_BUF_ERROR (cut short), Z_DATA_ERROR (not gzip, or damaged).
    if (e.code?.startsWith('Z_')) throw new BackupFileError(`${file}: ${e.code === 'Z_BUF_ERROR' ? 'the file ends early (cut short while being written or copied?)' : 'not a gzip file, or damaged'} (${e.message})`);
    throw err;
  } finally {
    gunzip.destroy();
  }
  rest += decoder.end();
  if (rest !== '') yield rest;
}

const ORDER: Record<Parsed['kind'], number> = { header: 0, schema: 1, node: 2, relationship: 3, end: 4 };


/**
 * Every line of the file in order, checked; throws BackupFileError at the first fault, which may
 * be the very end (a missing last line, a wrong checksum or count), so a caller that must write
 * nothing from a bad file reads it through once before it writes (checkBackup).
 */
export async function* readBackup(file: string): AsyncGenerator<Parsed> {
  const hash = createHash('sha256');
  const seen = emptyCounts();
  let header: Header | null = null;
  let end: End | null = null;
  let at = -1;
  let lineNo = 0;
  for await (const text of textLines(file)) {
    lineNo += 1;
    const where = `${file} line ${lineNo}`;
    if (end) throw new BackupFileError(`${where}: lines after the end line`);
    let line: Parsed;
    try {
      line = parseLine(text, where);
    } catch (err) {
      if (err instanceof BackupValueError) throw new BackupFileError(err.message);
      throw err;
    }
    if ((lineNo === 1) !== (line.kind === 'header')) throw new BackupFileError(lineNo === 1 ? `${where}: not a Linkage backup (no header line)` : `${where}: a second header`);
    if (ORDER[line.kind] < at) throw new BackupFileError(`${where}: a ${line.kind} line after the ${line.kind === 'schema' ? 'nodes' : 'relationships'} (the parts are out of order)`);
    at = ORDER[line.kind];
    if (line.kind === 'end') {
      end = line.end;
      const sha256 = hash.digest('hex');
      if (sha256 !== end.sha256) throw new BackupFileError(`${file}: the checksum does not match: the file was altered after it was written`);
      const differ = header ? countsDiffer(header.counts, seen) : null;
      if (differ) throw new BackupFileError(`${file}: holds ${differ}`);
      if (end.nodes !== seen.nodes || end.relationships !== seen.relationships) throw new BackupFileError(`${file}: the end line's counts do not match the lines`);
    } else {
      hash.update(`${text}\n`);
    }
    if (line.kind === 'header') header = line.header;
    if (line.kind === 'node') {
      seen.nodes += 1;
      for (const label of line.node.labels) seen.labels[label] = (seen.labels[label] ?? 0) + 1;
    }
    if (line.kind === 'relationship') {
      seen.relationships += 1;
      seen.types[line.relationship.type] = (seen.types[line.relationship.type] ?? 0) + 1;
    }
    yield line;
  }
  if (lineNo === 0) throw new BackupFileError(`${file}: empty`);
  if (!end) throw new BackupFileError(`${file}: the end line is missing: the file was cut short (after ${lineNo} lines)`);
}

export interface BackupContents { header: Header; schema: SchemaItem[]; end: End }

/** Reads the whole file through once, checking everything; keeps only the header and the schema. */
export async function checkBackup(file: string): Promise<BackupContents> {
  let header: Header | null = null;
  let end: End | null = null;
  const schema: SchemaItem[] = [];
  for await (const line of readBackup(file)) {
    if (line.kind === 'header') header = line.header;
    else if (line.kind === 'schema') schema.push(line.item);
    else if (line.kind === 'end') end = line.end;
  }
  if (!header || !end) throw new BackupFileError(`${file}: incomplete`);
  return { header, schema, end };
}
