// `npm run import -- --history ID`: the revisions of one record, newest first, each with when,
// who (the account's email), which import file and run, and a compact diff of the fields people
// edit, quote by quote for a relationship (its revisions hold its evidence and context).
import type { RecordKind } from '#vocabulary/editing';
import { statement } from '../../server/cypher';
import type { Db, Row } from '../../server/db';
import { parseRecordJson } from '../../server/revisions';
import { OWN_FIELDS, revisionChanges } from './changes';
import type { ChangeAction, ChangeKind, Props } from './changes';

/** One change a revision made: to the record itself, or to one of a relationship's quotes or context sentences. */
export interface HistoryEntry {
  /** The revision's id. */
  id: string;
  /** The import run it belongs to; null for the seed's and for edits in the page. */
  runId: string | null;
  at: string;
  editor: string;
  file: string | null;
  action: ChangeAction;
  kind: ChangeKind;
  recordId: string;
  before: Props | null;
  after: Props | null;
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** A revision as the changes it made, record first, then quotes and context. */
function toEntries(r: Row): HistoryEntry[] {
  const kind = String(r.kind) as RecordKind;
  const before = parseRecordJson(kind, text(r.before));
  const after = parseRecordJson(kind, text(r.after));
  const head = { id: String(r.id), runId: text(r.runId), at: String(r.at), editor: String(r.author), file: text(r.file) };
  // Newest first within a revision too, as the old audit listed its changes (the record's own last).
  return revisionChanges(kind, before, after).reverse().map((c) => ({ ...head, action: c.action, kind: c.kind, recordId: c.recordId, before: c.before, after: c.after }));
}

/** A quote's or context sentence's id names its relationship: "<relationship id>#<n>" or "~<n>". */
const QUOTE_ID = /[#~]\d+$/;

/** The changes of a record (for a relationship, its quotes' too; for a quote, its own), newest first. */
export async function readHistory(db: Db, id: string): Promise<HistoryEntry[]> {
  const read = async (target: string): Promise<HistoryEntry[]> => (await db.read(statement('import/history', { id: target }))).flatMap(toEntries);
  const own = await read(id);
  if (own.length > 0 || !QUOTE_ID.test(id)) return own;
  return (await read(id.replace(QUOTE_ID, ''))).filter((e) => e.recordId === id);
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
  if (entries.length === 0) return [`No recorded changes for ${id}. (Records loaded before revisions were kept get their first when the seed or an import next writes them.)`];
  const lines = [`History of ${id}: ${entries.length} change${entries.length === 1 ? '' : 's'}, newest first.`];
  for (const e of entries) {
    const record = e.recordId === id ? e.kind : `${e.kind} ${e.recordId}`;
    lines.push('', `${e.at}  ${e.action} ${record}  by ${e.editor}${e.file ? `, from ${e.file}` : ''} (${e.runId ? `run ${e.runId}` : `revision ${e.id}`})`);
    for (const line of describeDiff(e.kind, e.before, e.after)) lines.push(`    ${line}`);
  }
  return lines;
}
