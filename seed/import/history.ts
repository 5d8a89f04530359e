// `npm run import -- --history ID`: the recorded changes of one record, newest first, each with
// when, who, which file and a compact diff of the properties people edit.
import { statement } from '../../server/cypher';
import type { Db, Row } from '../../server/db';
import { OWN_FIELDS } from './changes';
import type { ChangeAction, ChangeKind, Props } from './changes';

export interface HistoryEntry {
  id: string;
  runId: string;
  at: string;
  editor: string;
  file: string | null;
  action: ChangeAction;
  kind: ChangeKind;
  recordId: string;
  before: Props | null;
  after: Props | null;
}

function parseProps(json: unknown): Props | null {
  if (typeof json !== 'string') return null;
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Props) : null;
  } catch {
    return { unreadable: json };
  }
}

const toEntry = (r: Row): HistoryEntry => ({
  id: String(r.id), runId: String(r.runId), at: String(r.at), editor: String(r.editor), file: r.file === null ? null : String(r.file),
  action: String(r.action) as ChangeAction, kind: String(r.kind) as ChangeKind, recordId: String(r.recordId),
  before: parseProps(r.before), after: parseProps(r.after),
});

/** The changes of a record (for a relationship, its quotes' too), newest first. */
export async function readHistory(db: Db, id: string): Promise<HistoryEntry[]> {
  return (await db.read(statement('import/history', { id }))).map(toEntry);
}

/** Stamps are shown in each entry's heading; derived fields and ids follow from the fields shown. */
const HIDDEN = new Set(['id', 'relId', 'fromId', 'importedFrom', 'importedAt', 'importedBy', 'searchKeys', 'validFromStart', 'validToEnd']);
const MAX_VALUE = 120;

const clip = (text: string): string => (text.length <= MAX_VALUE ? text : `${text.slice(0, MAX_VALUE - 1)}…`);

function show(key: string, value: unknown): string {
  const text = JSON.stringify(value ?? null);
  // A quote is shown whole: it is what a person copies back into a file to restore it.
  return key === 'quote' ? text : clip(text);
}

function shownKeys(kind: ChangeKind, ...sides: (Props | null)[]): string[] {
  const own = OWN_FIELDS[kind];
  const other = [...new Set(sides.flatMap((p) => Object.keys(p ?? {})))].filter((k) => !own.includes(k) && !HIDDEN.has(k)).sort();
  return [...own, ...other];
}

/** One line per field: `+ key: value` created, `- key: value` removed, `key: old → new` changed. */
export function describeDiff(kind: ChangeKind, before: Props | null, after: Props | null): string[] {
  const lines: string[] = [];
  // A quote that only moved or changed its date or stance is named, or the diff would not say which.
  if ((kind === 'evidence' || kind === 'context') && before && after && before.quote === after.quote) {
    lines.push(`quote (unchanged): ${clip(JSON.stringify(after.quote ?? null))}`);
  }
  for (const key of shownKeys(kind, before, after)) {
    const was = before?.[key] ?? null;
    const now = after?.[key] ?? null;
    if (before === null) {
      if (now !== null) lines.push(`+ ${key}: ${show(key, now)}`);
    } else if (after === null) {
      if (was !== null) lines.push(`- ${key}: ${show(key, was)}`);
    } else if (JSON.stringify(was) !== JSON.stringify(now)) {
      lines.push(`${key}: ${show(key, was)} → ${show(key, now)}`);
    }
  }
  return lines;
}

export function formatHistory(id: string, entries: readonly HistoryEntry[]): string[] {
  if (entries.length === 0) return [`No recorded changes for ${id}. (Only imports record changes; the seed loader does not.)`];
  const lines = [`History of ${id}: ${entries.length} change${entries.length === 1 ? '' : 's'}, newest first.`];
  for (const e of entries) {
    const record = e.recordId === id ? e.kind : `${e.kind} ${e.recordId}`;
    lines.push('', `${e.at}  ${e.action} ${record}  by ${e.editor}${e.file ? `, from ${e.file}` : ''} (run ${e.runId})`);
    for (const line of describeDiff(e.kind, e.before, e.after)) lines.push(`    ${line}`);
  }
  return lines;
}
