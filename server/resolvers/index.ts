// The resolver map for server/schema/*.graphql, typed by the generated ./generated.ts.
//
// graphql-js applies an argument's schema default when the argument is left out, but passes an
// explicit null through; every field resolver is wrapped so that a null gets the schema default
// too. Resolvers therefore read the arguments they receive, and no default is written twice. The
// same wrapper refuses an over-long id in any ID argument, so no resolver looks one up or echoes it.
import type { GraphQLResolveInfo } from 'graphql';
import { fieldOf, withSchemaDefaults } from '../schema/defaults';
import { checkIdArguments } from '../translate/args';
import { me, User } from './accounts';
import type { Resolvers } from './generated';
import { IntakeEntity } from './intake';
import { Mutation } from './mutation';
import { Note, noteMutations, noteQueries, notesOfRecord } from './notes';
import { Proposal, ProposalConnection, Revision } from './editing';
import { Query } from './query';
import { SavedView, SavedViewConnection, viewMutations, viewQueries } from './views';
import { Attribution, ContextSentence, Entity, Evidence, PathStep, Relationship, RelationshipConnection, Source, Subgraph, Truncation } from './types';

type AnyResolver = (parent: unknown, args: object, ctx: unknown, info: GraphQLResolveInfo) => unknown;

const applyingDefaults = (resolve: AnyResolver): AnyResolver => (parent, args, ctx, info) => {
  const field = fieldOf(info);
  checkIdArguments(field, args as Record<string, unknown>);
  return resolve(parent, withSchemaDefaults(field, args), ctx, info);
};

function withDefaultsApplied<M extends object>(map: M): M {
  const wrapType = (fields: object): object => Object.fromEntries(Object.entries(fields).map(([name, resolve]: [string, unknown]) =>
    [name, typeof resolve === 'function' ? applyingDefaults(resolve as AnyResolver) : resolve]));
  return Object.fromEntries(Object.entries(map).map(([type, fields]: [string, object]) => [type, wrapType(fields)])) as M;
}

export const resolvers: Resolvers = withDefaultsApplied({
  Query: { ...Query, me, ...noteQueries, ...viewQueries }, Mutation: { ...Mutation, ...noteMutations, ...viewMutations }, SavedView, SavedViewConnection, IntakeEntity, User, Proposal, Revision, ProposalConnection,
  Entity: { ...Entity, notes: notesOfRecord }, Relationship: { ...Relationship, notes: notesOfRecord }, Note, Evidence, Attribution, ContextSentence, Source, RelationshipConnection, Subgraph, Truncation, PathStep });
export { anonymousRequest, createContext } from './context';
export type { Context, RequestState, Viewer } from './context';
