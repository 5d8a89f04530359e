// Making proposals: each is checked in full when it is made (the seed's rules, naming the input
// field), then stored as a Proposal node whose payload is the input as JSON. The same
// idempotency key from the same author returns the first proposal and writes nothing.
import { Neo4jError } from 'neo4j-driver';
import type { ProposalKind, ProposalState } from '#vocabulary/editing';
import type { ChangePatch, EntityInput, RelationshipInput } from '#vocabulary/wire/schema';
import type { SeedEntity } from '../../seed/loader/types';
import { statement } from '../cypher';
import { badInput } from '../errors';
import type { Context, Viewer } from '../resolvers/context';
import { readCurrent } from './current';
import { conflict, isBlank } from './errors';
import { entityIdBase, freeId, newProposalId, relationshipIdBase } from './ids';
import { planChange, planNewEntity, planNewRelationship } from './plan';
import type { ProposalRow } from './types';
import { inReadTransaction, inWriteTransaction } from './tx';

const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';

/** The key as stored: unique per author, so two people may use the same key. */
const idemKeyOf = (viewer: Viewer, key: string | null | undefined): string | null => (key === null || key === undefined ? null : `${viewer.id}:${key}`);

async function byIdemKey(ctx: Context, idemKey: string | null): Promise<ProposalRow | null> {
  if (idemKey === null) return null;
  const [row] = await inReadTransaction(ctx, (run) => run(statement('editing/proposal-by-idem-key', { idemKey })));
  return (row?.proposal as ProposalRow | undefined) ?? null;
}

interface NewProposal {
  kind: ProposalKind; state: ProposalState; payload: unknown; target: string; targetKind: 'entity' | 'relationship';
  baseVersion: number | null; reason: string | null; note: string | null;
}

/** Stores it, or with a key already used returns the first; `created` says which. */
async function store(ctx: Context, viewer: Viewer, at: Date, idemKey: string | null, p: NewProposal): Promise<{ proposal: ProposalRow; created: boolean }> {
  const row = { ...p, id: newProposalId(at), authorId: viewer.id, createdAt: at.toISOString(), payload: JSON.stringify(p.payload), idemKey };
  const name = idemKey === null ? 'editing/create-proposal' : 'editing/create-proposal-once';
  try {
    const [out] = await inWriteTransaction(ctx, (run) => run(statement(name, { row })));
    return { proposal: out?.proposal as ProposalRow, created: out?.created === true };
  } catch (err) {
    // A concurrent request with the same key committed first: it is the one to return.
    if (!(err instanceof Neo4jError && err.code === CONSTRAINT_FAILED)) throw err;
    const first = await byIdemKey(ctx, idemKey);
    if (!first) throw err;
    return { proposal: first, created: false };
  }
}

async function idTaken(ctx: Context, id: string): Promise<boolean> {
  const [row] = await inReadTransaction(ctx, (run) => run(statement('editing/id-taken', { id })));
  return row?.taken === true;
}

export async function proposeEntity(ctx: Context, viewer: Viewer, input: EntityInput, key?: string | null): Promise<ProposalRow> {
  const idemKey = idemKeyOf(viewer, key);
  const first = await byIdemKey(ctx, idemKey);
  if (first) return first;
  const at = new Date();
  const base = entityIdBase(input.name);
  const target = freeId(base, await idTaken(ctx, base));
  planNewEntity(target, input);
  const stored = await store(ctx, viewer, at, idemKey, { kind: 'ENTITY', state: 'PENDING', payload: input, target, targetKind: 'entity', baseVersion: null, reason: null, note: null });
  return stored.proposal;
}

/** A link filed beside the proposals of its new ends (intake): `pending` are those ends, `reason` says so. */
export interface RelationshipOptions { pending?: ReadonlyMap<string, SeedEntity>; reason?: string | null }

export async function proposeRelationship(ctx: Context, viewer: Viewer, input: RelationshipInput, key?: string | null, options: RelationshipOptions = {}): Promise<ProposalRow> {
  const idemKey = idemKeyOf(viewer, key);
  const first = await byIdemKey(ctx, idemKey);
  if (first) return first;
  const at = new Date();
  const base = relationshipIdBase(input.from, input.type, input.to);
  const target = freeId(base, await idTaken(ctx, base));
  await inReadTransaction(ctx, (run) => planNewRelationship(run, target, input, options.pending));
  const stored = await store(ctx, viewer, at, idemKey, { kind: 'RELATIONSHIP', state: 'PENDING', payload: input, target, targetKind: 'relationship', baseVersion: null, reason: options.reason ?? null, note: null });
  return stored.proposal;
}

export interface ChangeArgs { target: string; version: number; patch: ChangePatch; reason: string; idempotencyKey?: string | null }

/**
 * A change names the version it was made against. A stale one is stored as CONFLICTED (the
 * attempt is kept, with the version it met) and answered with CONFLICT and the current version.
 */
export async function proposeChange(ctx: Context, viewer: Viewer, args: ChangeArgs): Promise<ProposalRow> {
  const idemKey = idemKeyOf(viewer, args.idempotencyKey);
  const first = await byIdemKey(ctx, idemKey);
  if (first) return first;
  if (isBlank(args.reason)) throw badInput('reason', 'say why the change is made: the history shows it beside the change');
  const at = new Date();
  const found = await inReadTransaction(ctx, async (run) => {
    const stored = await readCurrent(run, args.target);
    if (stored && stored.stamp.version === args.version) await planChange(run, stored.current, args.patch);
    return stored;
  });
  if (!found) throw badInput('target', `no entity or relationship has the id ${JSON.stringify(args.target)}`);
  const current = found.stamp.version;
  const stale = current !== args.version;
  const { proposal, created } = await store(ctx, viewer, at, idemKey, {
    kind: 'CHANGE', state: stale ? 'CONFLICTED' : 'PENDING', payload: args.patch, target: args.target, targetKind: found.current.kind,
    baseVersion: args.version, reason: args.reason, note: stale ? `made against version ${args.version}; the record was at version ${current}` : null,
  });
  if (stale && created) throw conflict(args.target, current, args.version, proposal.id, 'version');
  return proposal;
}
