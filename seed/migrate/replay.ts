// Turns one record's old import audit ((:ImportRun)-[:MADE]->(:Change), one Change per record,
// quote or context sentence an import touched) into revisions in the contract's shape: one per
// import run per record (a relationship's quote and context changes join its own). Pure, so the
// rules below are unit-tested.
//
// A Change only knows what its import changed, so the record around it is worked out: the state
// before the first run is the current record with every recorded change undone (newest first),
// then each run is replayed. Before the issue-10 revisions the seed loader wrote without a trace,
// so wherever the recorded history and the record disagree (what an import found differs from
// what the run before it left, or the record now differs from what the last import left) the
// seed wrote in between, and a revision by the `seed` account says so. A record first seen as an
// import's UPDATE came from the seed too, and gets a seed CREATE first.
import { createHash } from 'node:crypto';
import type { RecordKind, RevisionAction } from '#vocabulary/editing';
import type { ChangeAction, ChangeKind } from '../import/changes';
import { recordFromProps } from './records';
import type { Props } from './records';
import type { AnyRecord } from '../../server/revisions';

export interface LegacyChange {
  id: string; runId: string; at: string; editor: string; file: string | null;
  action: ChangeAction; kind: ChangeKind; recordId: string; before: Props | null; after: Props | null;
}

/** Who wrote a migrated revision: an old import's free-text editor name, or the seed loader. */
export type LegacyAuthor = { editor: string } | 'seed';

export interface MigratedRevision {
  id: string; at: string; author: LegacyAuthor; action: RevisionAction; targetKind: RecordKind; target: string; version: number;
  before: AnyRecord | null; after: AnyRecord | null; reason: string; importRunId: string | null; file: string | null;
  /** The Change nodes this revision replaces (none for the seed's reconstructed ones). */
  changeIds: string[];
}

/** The record a change belongs to: a quote's or context sentence's is its relationship. */
export function targetOf(c: Pick<LegacyChange, 'kind' | 'recordId' | 'before' | 'after'>): { kind: RecordKind; id: string } {
  if (c.kind === 'evidence' || c.kind === 'context') {
    const relId = (c.after ?? c.before)?.relId;
    return { kind: 'relationship', id: typeof relId === 'string' ? relId : c.recordId.replace(/[#~]\d+$/, '') };
  }
  return { kind: c.kind, id: c.recordId };
}

interface State { fields: Props | null; evidence: Map<string, Props>; context: Map<string, Props> }

const empty = (): State => ({ fields: null, evidence: new Map(), context: new Map() });
const copy = (s: State): State => ({ fields: s.fields, evidence: new Map(s.evidence), context: new Map(s.context) });

function stateOf(record: AnyRecord | null): State {
  if (record === null) return empty();
  const list = (v: unknown): Props[] => (Array.isArray(v) ? (v as Props[]) : []);
  const { evidence, context, ...fields } = record as unknown as Props;
  return { fields, evidence: new Map(list(evidence).map((e) => [String(e.id), e])), context: new Map(list(context).map((c) => [String(c.id), c])) };
}

const recordOf = (kind: RecordKind, target: string, s: State): AnyRecord | null =>
  s.fields === null ? null : recordFromProps(kind, { ...s.fields, id: target }, [...s.evidence.values()], [...s.context.values()]);

const same = (a: AnyRecord | null, b: AnyRecord | null): boolean => JSON.stringify(a) === JSON.stringify(b);

const listOf = (s: State, c: LegacyChange): Map<string, Props> | null => (c.kind === 'evidence' ? s.evidence : c.kind === 'context' ? s.context : null);

/** The state a run found: `s` with what its changes say was there before them. */
function undo(run: readonly LegacyChange[], s: State): State {
  const own = run.find((c) => listOf(s, c) === null);
  if (own?.action === 'CREATE') return empty();
  const out = copy(s);
  if (own) out.fields = own.before;
  for (const c of run) if (c.after) listOf(out, c)?.delete(String(c.after.id));
  for (const c of run) if (c.before) listOf(out, c)?.set(String(c.before.id), c.before);
  return out;
}

/** The state a run left. */
function redo(run: readonly LegacyChange[], s: State): State {
  const out = copy(s);
  const own = run.find((c) => listOf(out, c) === null);
  if (own) out.fields = own.after;
  for (const c of run) if (c.before) listOf(out, c)?.delete(String(c.before.id));
  for (const c of run) if (c.after) listOf(out, c)?.set(String(c.after.id), c.after);
  return out;
}

/** "20260506T070809.000Z-3fa2c1": sorts by time; the tail is a hash, so a rerun makes the same id. */
export function migratedRevisionId(at: string, ...parts: string[]): string {
  const tail = createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 6);
  return `${new Date(at).toISOString().replace(/[-:]/g, '')}-${tail}`;
}

const justBefore = (at: string): string => new Date(new Date(at).getTime() - 1).toISOString();

/** Runs of one record's changes, oldest first. */
function runsOf(changes: readonly LegacyChange[]): LegacyChange[][] {
  const runs = new Map<string, LegacyChange[]>();
  for (const c of [...changes].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))) {
    const run = runs.get(c.runId);
    if (run) run.push(c);
    else runs.set(c.runId, [c]);
  }
  return [...runs.values()];
}

export const SEED_RECONSTRUCTED = 'Reconstructed when the import history was migrated: the seed loader wrote this before revisions were kept, without a record of when.';

/**
 * One record's revisions from its Change nodes and its JSON now (null if it is not stored).
 * `now` dates a last seed revision when the record changed after the last import.
 */
export function replayRecord(kind: RecordKind, target: string, changes: readonly LegacyChange[], current: AnyRecord | null, now: string): MigratedRevision[] {
  const runs = runsOf(changes);
  // What the first import found: the record now with every recorded change undone, newest first.
  let baseline = stateOf(current);
  for (const run of [...runs].reverse()) baseline = undo(run, baseline);
  let state = empty();
  const out: MigratedRevision[] = [];
  const add = (r: Omit<MigratedRevision, 'id' | 'version' | 'targetKind' | 'target'>, ...idParts: string[]): void => {
    out.push({ ...r, id: migratedRevisionId(r.at, kind, target, ...idParts), version: out.length + 1, targetKind: kind, target });
  };
  const seedRevision = (at: string, before: AnyRecord | null, after: AnyRecord | null, n: string): void =>
    add({ at, author: 'seed', action: before === null ? 'CREATE' : 'UPDATE', before, after, reason: SEED_RECONSTRUCTED, importRunId: null, file: null, changeIds: [] }, 'seed', n);
  for (const run of runs) {
    const first = run[0];
    if (!first) continue;
    const found = out.length === 0 ? baseline : undo(run, state);
    const [was, expected] = [recordOf(kind, target, state), recordOf(kind, target, found)];
    if (!same(was, expected)) seedRevision(justBefore(first.at), was, expected, `before ${first.runId}`);
    const left = redo(run, found);
    const files = [...new Set(run.map((c) => c.file).filter((f): f is string => f !== null))];
    add({
      at: first.at, author: { editor: first.editor }, action: expected === null ? 'CREATE' : 'UPDATE', before: expected, after: recordOf(kind, target, left),
      reason: `Import run ${first.runId}${files.length > 0 ? ` from ${files.join(', ')}` : ''} (migrated from its Change nodes)`,
      importRunId: first.runId, file: files.join(', ') || null, changeIds: run.map((c) => c.id),
    }, first.runId);
    state = left;
  }
  const last = recordOf(kind, target, state);
  if (!same(last, current) && current !== null) seedRevision(now, last, current, 'after');
  return out;
}
