// proposeFromIntake: files the candidates a user picked from an intake. Every pick is checked
// first (quotes verbatim in the stored source, ends, the seed's rules), all problems at once and
// nothing filed when there is one. Then the new entities are filed (one proposal per folded name
// and kind), then one proposal per pick: a new link, or with `existing` a CHANGE adding its quote
// (a denial as CONTRADICTS) to that link at its current version. An editor's proposals are
// accepted at once through review (direct edits), entities first, so the links find their ends.
// A contributor's link to a new entity is filed naming that entity proposal's target and saying
// so in its reason; its review refuses, naming the entity proposal to accept first (pending-ends.ts).
// With an idempotency key, each proposal gets a key derived from it, so a retry files nothing twice.
import type { SeedEntity } from '../../seed/loader/types';
import { can } from '#vocabulary/roles';
import type { IntakePick } from '#vocabulary/wire/schema';
import { badInput } from '../errors';
import type { Context, Viewer } from '../resolvers/context';
import type { SourceRow } from '../services/types';
import { readCurrent } from './current';
import { notFoundAt } from './errors';
import { entityIdBase, relationshipIdBase } from './ids';
import { atChange, atEntity, atPick, changeOf, endProblems, newEntitiesOf, problemsOf, relationshipOf, relocated } from './intake-picks';
import type { NewEntity } from './intake-picks';
import { assertNoProblems, inputError } from './locate';
import type { LocatedProblem } from './locate';
import { planChange, planNewEntity, planNewRelationship } from './plan';
import { proposeChange, proposeEntity, proposeRelationship } from './propose';
import { entityRecord, seedEntityOf } from './records';
import { reviewProposal } from './review';
import { inReadTransaction } from './tx';
import type { ProposalRow } from './types';

const DIRECT_NOTE = 'Filed from an intake by an editor: applied at once';

const subKey = (key: string | null | undefined, part: string): string | null => (key === null || key === undefined ? null : `${key}#${part}`);

/** Runs `work`; a BAD_USER_INPUT it throws is renamed to the pick fields `at` gives. */
async function located<T>(work: () => Promise<T> | T, at: (field: string) => string): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const problems = problemsOf(err);
    throw problems ? inputError(relocated(problems, at)) : err;
  }
}

/** The problems `work` reports, renamed; [] when it passes. */
async function problemsFrom(work: () => Promise<unknown> | unknown, at: (field: string) => string): Promise<LocatedProblem[]> {
  try {
    await work();
    return [];
  } catch (err) {
    const problems = problemsOf(err);
    if (!problems) throw err;
    return relocated(problems, at);
  }
}

const asPending = (id: string, e: NewEntity): SeedEntity => seedEntityOf(entityRecord(id, e.input));

/** Every problem of every pick, as if all were filed now; nothing is written. */
async function checkPicks(ctx: Context, source: SourceRow, picks: readonly IntakePick[], entities: readonly NewEntity[]): Promise<void> {
  const problems: LocatedProblem[] = [];
  for (const e of entities) problems.push(...await problemsFrom(() => planNewEntity(entityIdBase(e.input.name), e.input), atEntity(e.field)));
  const baseIds = new Map(entities.map((e) => [e.key, entityIdBase(e.input.name)]));
  const pending = new Map(entities.map((e) => [entityIdBase(e.input.name), asPending(entityIdBase(e.input.name), e)]));
  await inReadTransaction(ctx, async (run) => {
    for (const [i, pick] of picks.entries()) {
      const own = [...endProblems(pick.from, `picks[${i}].from`), ...endProblems(pick.to, `picks[${i}].to`)];
      if (!source.text.includes(pick.quote) || pick.quote.trim() === '') {
        own.push({ field: `picks[${i}].quote`, message: `the quote must be a passage of source ${source.id}'s stored text, verbatim` });
      }
      problems.push(...own);
      if (own.length > 0) continue;
      if (pick.existing) {
        const stored = await readCurrent(run, pick.existing, 'relationship');
        if (!stored) problems.push({ field: `picks[${i}].existing`, message: `no live relationship has the id ${JSON.stringify(pick.existing)}` });
        else problems.push(...await problemsFrom(() => planChange(run, stored.current, changeOf(pick, source.id)), atChange(i)));
        continue;
      }
      const input = relationshipOf(pick, source.id, baseIds);
      problems.push(...await problemsFrom(() => planNewRelationship(run, relationshipIdBase(input.from, input.type, input.to), input, pending), atPick(i)));
    }
  });
  assertNoProblems(problems);
}

export async function proposeFromIntake(ctx: Context, viewer: Viewer, sourceId: string, picks: readonly IntakePick[], key?: string | null): Promise<ProposalRow[]> {
  if (picks.length === 0) throw badInput('picks', 'pick at least one candidate to file');
  const max = ctx.limits.maxIntakePicks;
  if (picks.length > max) throw badInput('picks', `at most ${max} picks can be filed at once (got ${picks.length}); file them in parts`);
  const source = await ctx.loaders.source.load(sourceId);
  if (!source) throw notFoundAt('source', sourceId, 'source');
  const entities = newEntitiesOf(picks);
  await checkPicks(ctx, source, picks, entities);

  const direct = can(viewer.role, 'review');
  const settle = async (p: ProposalRow): Promise<ProposalRow> => (direct && p.state === 'PENDING' ? reviewProposal(ctx, viewer, p.id, 'ACCEPT', DIRECT_NOTE) : p);
  const filed: ProposalRow[] = [];
  const newIds = new Map<string, string>();
  /** New entities not accepted yet, by target id: the proposal to accept first, and the entity as it will be. */
  const pending = new Map<string, { proposal: ProposalRow; entity: SeedEntity; name: string }>();
  for (const e of entities) {
    const proposal = await settle(await located(() => proposeEntity(ctx, viewer, e.input, subKey(key, `entity:${e.key}`)), atEntity(e.field)));
    newIds.set(e.key, proposal.target);
    if (proposal.state !== 'ACCEPTED') pending.set(proposal.target, { proposal, entity: asPending(proposal.target, e), name: e.input.name });
    filed.push(proposal);
  }
  const from = `From an intake of "${source.title}" (${source.id})`;
  for (const [i, pick] of picks.entries()) {
    const pickKey = subKey(key, `pick:${i}`);
    if (pick.existing) {
      const existing = pick.existing;
      const stored = await inReadTransaction(ctx, (run) => readCurrent(run, existing, 'relationship'));
      if (!stored) throw inputError([{ field: `picks[${i}].existing`, message: `no live relationship has the id ${JSON.stringify(existing)}` }]);
      const reason = `${from}: ${pick.stance === 'CONTRADICTS' ? 'a sentence that contradicts this link' : 'new evidence for this link'}`;
      filed.push(await settle(await located(() => proposeChange(ctx, viewer, { target: existing, version: stored.stamp.version, patch: changeOf(pick, source.id), reason, idempotencyKey: pickKey }), atChange(i))));
      continue;
    }
    const input = relationshipOf(pick, source.id, newIds);
    const waits = [...new Set([input.from, input.to])].flatMap((id) => { const p = pending.get(id); return p ? [p] : []; });
    const reason = waits.length === 0 ? from
      : `${from}. Accept ${waits.map((w) => `proposal ${w.proposal.id} (the new entity "${w.name}")`).join(' and ')} first: this link's end does not exist until then`;
    const options = { pending: new Map(waits.map((w) => [w.proposal.target, w.entity])), reason };
    filed.push(await settle(await located(() => proposeRelationship(ctx, viewer, input, pickKey, options), atPick(i))));
  }
  return filed;
}
