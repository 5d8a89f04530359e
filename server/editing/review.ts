// Reviewing a proposal. ACCEPT applies it in ONE write transaction: the proposal is locked and
// re-read, the target's version checked again (moved on: the proposal is CONFLICTED, committed,
// and the caller gets CONFLICT with the current version), the change re-planned against what is
// stored now, the record written and its revision recorded through server/revisions, and the
// proposal closed with the revision's id. The revision's author is the proposer (who changed
// what); the reviewer is on the proposal (who let it in). REJECT closes it with the note.
import type { Decision } from '#vocabulary/editing';
import type { ChangePatch, EntityInput, RelationshipInput } from '#vocabulary/wire/schema';
import type { Run } from '../db';
import { statement } from '../cypher';
import { badInput } from '../errors';
import type { Context, Viewer } from '../resolvers/context';
import { applyRecords, newRevisionId, NO_RECORDS, recordRevisions } from '../revisions';
import type { AnyRecord, EntityRecord, RecordBatch, RelationshipRecord } from '../revisions';
import { readCurrent } from './current';
import { conflict, notFoundAt } from './errors';
import { pendingEndError } from './pending-ends';
import { planChange, planNewEntity, planNewRelationship } from './plan';
import type { Plan } from './plan';
import type { ProposalRow } from './types';
import { inWriteTransaction } from './tx';

type Outcome = { proposal: ProposalRow; conflict: null } | { proposal: ProposalRow; conflict: number };

export const batchOf = (kind: 'entity' | 'relationship' | 'source', record: AnyRecord): RecordBatch => (
  kind === 'entity' ? { ...NO_RECORDS, entities: [record as EntityRecord] }
    : kind === 'relationship' ? { ...NO_RECORDS, relationships: [record as RelationshipRecord] }
      : { ...NO_RECORDS, sources: [record as RecordBatch['sources'][number]] });

async function decide(run: Run, p: ProposalRow, state: 'ACCEPTED' | 'REJECTED' | 'CONFLICTED', viewer: Viewer, at: Date, note: string | null, revisionId: string | null): Promise<ProposalRow> {
  const [row] = await run(statement('editing/decide-proposal', { id: p.id, state, reviewerId: viewer.id, reviewedAt: at.toISOString(), note, revisionId }));
  return row?.proposal as ProposalRow;
}

/** The plan of an accepted proposal against the stored record, or the version it conflicts with. */
async function planAccept(run: Run, p: ProposalRow): Promise<{ plan: Plan; version: number } | { conflictWith: number }> {
  await run(statement('editing/lock-target', { id: p.target }));
  const stored = await readCurrent(run, p.target, p.targetKind === 'source' ? null : p.targetKind);
  const payload: unknown = JSON.parse(p.payload);
  if (p.kind !== 'CHANGE') {
    if (stored) return { conflictWith: stored.stamp.version };
    if (p.kind === 'ENTITY') return { plan: planNewEntity(p.target, payload as EntityInput), version: 0 };
    try {
      return { plan: await planNewRelationship(run, p.target, payload as RelationshipInput), version: 0 };
    } catch (err) {
      // An end that is an intake's new entity, still a proposal: say which one to accept first.
      throw (await pendingEndError(run, payload as RelationshipInput)) ?? err;
    }
  }
  if (!stored || stored.stamp.version !== p.baseVersion) return { conflictWith: stored?.stamp.version ?? 0 };
  return { plan: await planChange(run, stored.current, payload as ChangePatch), version: stored.stamp.version };
}

export async function reviewProposal(ctx: Context, viewer: Viewer, id: string, decision: Decision, note: string | null): Promise<ProposalRow> {
  // Made outside the transaction, so that a retry of it recognises its own earlier commit.
  const at = new Date();
  const revisionId = newRevisionId(at);
  const outcome = await inWriteTransaction(ctx, async (run): Promise<Outcome> => {
    const [row] = await run(statement('editing/proposal-for-update', { id }));
    if (!row) throw notFoundAt('proposal', id, 'proposal');
    const p = row.proposal as ProposalRow;
    if (p.state !== 'PENDING') {
      const thisCall = p.reviewerId === viewer.id && p.reviewedAt !== null && Date.parse(p.reviewedAt) === at.getTime();
      if (thisCall) return p.state === 'CONFLICTED' ? { proposal: p, conflict: Number(/version (\d+)$/.exec(p.note ?? '')?.[1] ?? 0) } : { proposal: p, conflict: null };
      throw badInput('proposal', `proposal ${p.id} is ${p.state}; only a PENDING proposal can be reviewed`);
    }
    if (decision === 'REJECT') return { proposal: await decide(run, p, 'REJECTED', viewer, at, note, null), conflict: null };
    const planned = await planAccept(run, p);
    if ('conflictWith' in planned) {
      const why = `${note ? `${note} — ` : ''}the target moved on: it is at version ${planned.conflictWith}`;
      return { proposal: await decide(run, p, 'CONFLICTED', viewer, at, why, null), conflict: planned.conflictWith };
    }
    const { plan, version } = planned;
    await applyRecords(run, batchOf(plan.targetKind, plan.after));
    await recordRevisions(run, [{
      id: revisionId, at, authorId: p.authorId, action: plan.action, targetKind: plan.targetKind, version: version + 1,
      before: plan.before, after: plan.after, reason: p.reason ?? note, proposalId: p.id,
    }]);
    return { proposal: await decide(run, p, 'ACCEPTED', viewer, at, note, revisionId), conflict: null };
  });
  if (outcome.conflict !== null) {
    throw conflict(outcome.proposal.target, outcome.conflict, outcome.proposal.baseVersion, outcome.proposal.id, 'proposal');
  }
  return outcome.proposal;
}
