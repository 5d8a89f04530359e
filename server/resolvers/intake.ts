// Mutation.intake and Mutation.proposeFromIntake: check who may, hand the arguments to
// server/editing, and shape the extractor's result as the schema's IntakeResult.
import { requirePermission } from '../accounts/guard';
import { intakeArticle } from '../editing/intake';
import type { IntakeAnswer } from '../editing/intake';
import { proposeFromIntake } from '../editing/intake-proposals';
import { ruleExtractor } from '../intake';
import type { Extractor } from '../intake/types';
import type { Context } from './context';
import type { IntakeEntityResolvers, MutationResolvers, ResolversTypes } from './generated';

/** The extractor of this request: the context's, else the rule-based one. */
const extractorOf = (ctx: Context): Extractor => ctx.extractor ?? ruleExtractor;

/** The extractor's result in the schema's shape; offsets are into `source.text`. */
export function intakeResultOf({ source, result }: IntakeAnswer): ResolversTypes['IntakeResult'] {
  return {
    source,
    sentences: result.sentences.length,
    entities: result.entities,
    mentions: result.mentions,
    claims: result.claims.map((c) => ({ ...c, marksEnd: c.marksEnd ?? false })),
    removed: result.clean.removed,
  };
}

export const intakeMutations: Pick<MutationResolvers, 'intake' | 'proposeFromIntake'> = {
  intake: async (_p, { input }, ctx) => intakeResultOf(await intakeArticle(ctx, requirePermission(ctx, 'propose'), input, extractorOf(ctx))),
  proposeFromIntake: (_p, { source, picks, idempotencyKey }, ctx) => proposeFromIntake(ctx, requirePermission(ctx, 'propose'), source, picks, idempotencyKey),
};

export const IntakeEntity: IntakeEntityResolvers = {
  entity: (e, _args, ctx) => (e.entityId ? ctx.loaders.entity.load(e.entityId) : null),
};
