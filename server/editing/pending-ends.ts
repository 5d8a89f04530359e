// A link filed from an intake may name an entity that is itself still a proposal (a contributor's
// new company). Accepting the link before the entity cannot work; the review says which proposal
// to accept first, rather than only that an id is unknown.
import type { GraphQLError } from 'graphql';
import type { RelationshipInput } from '#vocabulary/wire/schema';
import type { Run } from '../db';
import { statement } from '../cypher';
import { badInput } from '../errors';
import type { ProposalRow } from './types';

/** A clearer error than `unknown entity` when an end of the link is a proposed entity not stored yet; null when none is. */
export async function pendingEndError(run: Run, input: RelationshipInput): Promise<GraphQLError | null> {
  const ends = [...new Set([input.from, input.to])];
  const stored = new Set((await run(statement('query/entity/by-ids', { ids: ends }))).map((r) => (r.entity as { id: string }).id));
  const missing = ends.filter((id) => !stored.has(id));
  if (missing.length === 0) return null;
  const rows = await run(statement('editing/entity-proposals-for', { ids: missing }));
  const proposals = rows.map((r) => r.proposal as ProposalRow);
  for (const id of missing) {
    const p = proposals.find((q) => q.target === id);
    if (!p) continue;
    const end = id === input.from ? 'from' : 'to';
    const name = (JSON.parse(p.payload) as { name?: string }).name ?? id;
    if (p.state === 'PENDING') {
      return badInput('proposal', `accept proposal ${p.id} first: it creates "${name}" (${id}), this link's ${end} end, which does not exist until then`);
    }
    return badInput('proposal', `this link's ${end} end "${name}" (${id}) was proposed in ${p.id}, which is ${p.state}; reject this link, or propose the entity again and file the link anew`);
  }
  return null;
}
