// Reverting a revision: its `before` is applied on top of whatever the record is now, as a new
// REVERT revision by the editor who asked (history only grows; nothing is rewritten or removed).
// A CREATE has no `before`: reverting it retires the record. The record must still meet the
// rules a live record meets (its ends and speakers live, nothing live pointing at a retired entity).
import { badInput } from '../errors';
import { statement } from '../cypher';
import type { Context, Viewer } from '../resolvers/context';
import { applyRecords, newRevisionId, parseRecordJson, readRecords, recordRevisions, sameRecord } from '../revisions';
import type { AnyRecord, EntityRecord, RelationshipRecord } from '../revisions';
import { isBlank, notFoundAt } from './errors';
import { liveRelationshipProblems, retirementProblems } from './plan';
import { assertNoProblems } from './locate';
import { batchOf } from './review';
import type { RevisionRow } from './types';
import { inWriteTransaction } from './tx';

export async function revertRevision(ctx: Context, viewer: Viewer, revisionId: string, reason: string): Promise<RevisionRow> {
  if (isBlank(reason)) throw badInput('reason', 'say why the revision is reverted: the history shows it beside the revert');
  const at = new Date();
  const id = newRevisionId(at);
  return inWriteTransaction(ctx, async (run) => {
    const [row] = await run(statement('editing/revisions-by-ids', { ids: [revisionId] }));
    if (!row) throw notFoundAt('revision', revisionId, 'revision');
    const rev = row.revision as RevisionRow;
    const kind = rev.targetKind;
    await run(statement('editing/lock-target', { id: rev.target }));
    const stored = (await readRecords(run, kind, [rev.target])).get(rev.target);
    if (!stored) throw new Error(`Revision ${rev.id} names ${kind} ${rev.target}, which is not stored`);
    const mine = async (): Promise<RevisionRow> => (await run(statement('editing/revisions-by-ids', { ids: [id] })))[0]?.revision as RevisionRow;
    // A retry of this very call, whose first attempt committed.
    if (stored.stamp.revisionId === id) return mine();
    let after: AnyRecord;
    if (rev.before !== null) after = parseRecordJson(kind, rev.before) as AnyRecord;
    else if (kind === 'source') throw badInput('revision', 'that revision created a source, and sources are not retired: change the source instead');
    else after = { ...(stored.record as EntityRecord | RelationshipRecord), retired: true };
    if (sameRecord(kind, stored.record as never, after as never)) {
      throw badInput('revision', `${rev.target} already is as it was before revision ${rev.id}: reverting it would change nothing`);
    }
    if (kind === 'entity' && (after as EntityRecord).retired && !(stored.record as EntityRecord).retired) {
      assertNoProblems(await retirementProblems(run, rev.target, 'revision'));
    }
    if (kind === 'relationship') {
      const problems = await liveRelationshipProblems(run, after as RelationshipRecord);
      assertNoProblems(problems.map((p) => ({ field: 'revision', message: `the record as it was would break a rule today (${p.field ?? 'record'}): ${p.message}` })));
    }
    await applyRecords(run, batchOf(kind, after));
    await recordRevisions(run, [{
      id, at, authorId: viewer.id, action: 'REVERT', targetKind: kind, version: stored.stamp.version + 1,
      before: stored.record, after, reason, proposalId: null,
    }]);
    return mine();
  });
}
