// The backup file: gzip'd JSON lines, in this order —
//   {"header": {...}}                      what was backed up, from where, and how many of each
//   {"schema": {...}}                      one line per constraint and per index (SHOW's createStatement)
//   {"n": [id, [labels], {props}]}         one line per node (id: its elementId when dumped)
//   {"r": [id, type, start, end, {props}]} one line per relationship (start, end: node ids above)
//   {"end": {nodes, relationships, sha256}} the last line: the SHA-256 of every line before it
// Property values are typed (values.ts). Line by line, so neither side holds the graph in memory.
import { decodeProps } from './values';
import type { Encoded } from './values';

export const FORMAT = 'linkage-backup';
export const FORMAT_VERSION = 1;
export const FILE_EXTENSION = '.jsonl.gz';

/** What restore adds for the time it runs, and removes; a file holding them is refused. */
export const RESTORE_LABEL = '__LinkageRestore';
export const RESTORE_ID = '__linkageRestoreId';
export const PROGRESS_LABEL = '__LinkageRestoreProgress';

export interface Counts {
  nodes: number;
  relationships: number;
  /** Nodes carrying each label (a node with two labels counts under both). */
  labels: Record<string, number>;
  types: Record<string, number>;
}

export interface Header {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  createdAt: string;
  neo4j: { version: string; edition: string };
  database: string | null;
  /** The database's bookmark when the dump began and ended (the same, or the dump would have been repeated). */
  bookmarks: string[];
  counts: Counts;
}

export interface SchemaItem {
  kind: 'constraint' | 'index';
  name: string;
  /** SHOW's type: UNIQUENESS, RANGE, FULLTEXT, LOOKUP, … */
  type: string;
  entityType: string;
  createStatement: string;
}

export interface NodeRecord { id: string; labels: string[]; props: Record<string, unknown> }
export interface RelationshipRecord { id: string; type: string; start: string; end: string; props: Record<string, unknown> }
export interface End { nodes: number; relationships: number; sha256: string }

export type Line =
  | { header: Header }
  | { schema: SchemaItem }
  | { n: [string, string[], Record<string, Encoded>] }
  | { r: [string, string, string, string, Record<string, Encoded>] }
  | { end: End };

/** How `seen` differs from `header`, in words; null when they agree. */
export function countsDiffer(header: Counts, seen: Counts, says = 'the header says'): string | null {
  if (header.nodes !== seen.nodes) return `${seen.nodes} nodes where ${says} ${header.nodes}`;
  if (header.relationships !== seen.relationships) return `${seen.relationships} relationships where ${says} ${header.relationships}`;
  for (const key of ['labels', 'types'] as const) {
    const names = new Set([...Object.keys(header[key]), ...Object.keys(seen[key])]);
    for (const name of names) {
      if ((header[key][name] ?? 0) !== (seen[key][name] ?? 0)) return `${seen[key][name] ?? 0} × ${name} where ${says} ${header[key][name] ?? 0}`;
    }
  }
  return null;
}

export const emptyCounts = (): Counts => ({ nodes: 0, relationships: 0, labels: {}, types: {} });

/** The file name for a backup started at `when`: linkage-20261202T013000Z.jsonl.gz. */
export function backupFileName(when: Date): string {
  const stamp = when.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
  return `linkage-${stamp}${FILE_EXTENSION}`;
}

/** A file that is not a whole, unaltered backup: nothing has been written when this is thrown. */
export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFileError';
  }
}

export type Parsed =
  | { kind: 'header'; header: Header }
  | { kind: 'schema'; item: SchemaItem }
  | { kind: 'node'; node: NodeRecord }
  | { kind: 'relationship'; relationship: RelationshipRecord }
  | { kind: 'end'; end: End };

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isCountMap = (v: unknown): v is Record<string, number> => isObject(v) && Object.values(v).every(isCount);

function checkHeader(v: unknown, where: string): Header {
  if (!isObject(v) || v.format !== FORMAT) throw new BackupFileError(`${where}: not a Linkage backup (its first line must be a "${FORMAT}" header)`);
  if (v.version !== FORMAT_VERSION) throw new BackupFileError(`${where}: format version ${JSON.stringify(v.version)}; this Linkage reads version ${FORMAT_VERSION}`);
  const c = v.counts;
  if (!isObject(c) || !isCount(c.nodes) || !isCount(c.relationships) || !isCountMap(c.labels) || !isCountMap(c.types)) {
    throw new BackupFileError(`${where}: the header's counts are missing or malformed`);
  }
  return v as unknown as Header;
}

function checkSchema(v: unknown, where: string): SchemaItem {
  if (!isObject(v) || (v.kind !== 'constraint' && v.kind !== 'index') || typeof v.name !== 'string' || typeof v.type !== 'string'
    || typeof v.entityType !== 'string' || typeof v.createStatement !== 'string') {
    throw new BackupFileError(`${where}: a schema line needs kind, name, type, entityType and createStatement`);
  }
  return v as unknown as SchemaItem;
}

function checkNode(v: unknown, where: string): NodeRecord {
  if (!Array.isArray(v) || v.length !== 3 || typeof v[0] !== 'string' || !isStrings(v[1])) throw new BackupFileError(`${where}: a node line is [id, [labels], {properties}]`);
  const [id, labels] = v as [string, string[]];
  if (labels.includes(RESTORE_LABEL) || labels.includes(PROGRESS_LABEL)) throw new BackupFileError(`${where}: node ${id} carries restore's own label (was the backup taken during a restore?)`);
  const props = decodeProps(v[2], `${where}: node ${id}`);
  if (RESTORE_ID in props) throw new BackupFileError(`${where}: node ${id} has restore's own property ${RESTORE_ID}`);
  return { id, labels, props };
}

function checkRelationship(v: unknown, where: string): RelationshipRecord {
  if (!Array.isArray(v) || v.length !== 5 || !isStrings(v.slice(0, 4))) throw new BackupFileError(`${where}: a relationship line is [id, type, start, end, {properties}]`);
  const [id, type, start, end] = v as [string, string, string, string];
  return { id, type, start, end, props: decodeProps(v[4], `${where}: relationship ${id}`) };
}

function checkEnd(v: unknown, where: string): End {
  if (!isObject(v) || !isCount(v.nodes) || !isCount(v.relationships) || typeof v.sha256 !== 'string') throw new BackupFileError(`${where}: the end line needs nodes, relationships and sha256`);
  return v as unknown as End;
}

/** One line of the file, checked and with its values decoded; `where` is "FILE line N". */
export function parseLine(text: string, where: string): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupFileError(`${where}: not JSON (a damaged or edited file)`);
  }
  const keys = isObject(json) ? Object.keys(json) : [];
  const [key] = keys;
  if (!isObject(json) || keys.length !== 1 || key === undefined) throw new BackupFileError(`${where}: each line is an object with one key (header, schema, n, r or end)`);
  const v = json[key];
  switch (key) {
    case 'header': return { kind: 'header', header: checkHeader(v, where) };
    case 'schema': return { kind: 'schema', item: checkSchema(v, where) };
    case 'n': return { kind: 'node', node: checkNode(v, where) };
    case 'r': return { kind: 'relationship', relationship: checkRelationship(v, where) };
    case 'end': return { kind: 'end', end: checkEnd(v, where) };
    default: throw new BackupFileError(`${where}: unknown line "${key}"`);
  }
}
