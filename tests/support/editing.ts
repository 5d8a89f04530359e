// The editing tests' setting: a seeded Neo4j of their own (edits write, so never the shared
// one), accounts of each role, and GraphQL operations run as one of them through the real
// schema and resolvers (Apollo's executeOperation with the request's viewer in the context).
import { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Role } from '#vocabulary/roles';
import { createFormatError } from '../../server/app/format-error';
import { statement } from '../../server/cypher';
import type { Db } from '../../server/db';
import type { Extractor } from '../../server/intake/types';
import { createContext, resolvers } from '../../server/resolvers';
import type { Context, Viewer } from '../../server/resolvers';
import { loadTypeDefs } from '../../server/schema';
import { testConfig } from './env';
import { startScratchNeo4j } from './scratch-neo4j';
import type { ScratchNeo4j } from './scratch-neo4j';

export const USERS = {
  viewer: { id: 'u_viewer0000000000', email: 'vera@example.org', role: 'viewer' },
  contributor: { id: 'u_contrib000000000', email: 'carl@example.org', role: 'contributor' },
  editor: { id: 'u_editor0000000000', email: 'ada@example.org', role: 'editor' },
  editor2: { id: 'u_editor2000000000', email: 'grace@example.org', role: 'editor' },
} as const satisfies Record<string, Viewer & { role: Role }>;

export type As = Viewer | null;

export interface Result<T> { data: T | null; errors: readonly GraphQLFormattedError[] | undefined }

export interface EditingApi {
  scratch: ScratchNeo4j;
  db: Db;
  /** Runs an operation as `who` (null: anonymous). */
  run<T = Record<string, unknown>>(who: As, query: string, variables?: Record<string, unknown>): Promise<Result<T>>;
  /** Runs it and fails on any error. */
  ok<T = Record<string, unknown>>(who: As, query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Runs it, expects exactly one error, and returns its extensions. */
  fails(who: As, query: string, variables?: Record<string, unknown>): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

/** `extractor`: what Mutation.intake reads articles with (absent: the server's own). */
export interface EditingApiOptions { extractor?: Extractor }

export async function startEditingApi(name: string, port: number, options: EditingApiOptions = {}): Promise<EditingApi> {
  const scratch = await startScratchNeo4j(name, port, { seeded: true });
  const { db } = scratch;
  await db.write(statement('test/create-users', { users: Object.values(USERS) }));
  const api = await startApiRunner(db, options);
  return {
    ...api,
    scratch,
    async stop() {
      await api.stop();
      await scratch.stop();
    },
  };
}

export type ApiRunner = Omit<EditingApi, 'scratch'>;

/** The schema and resolvers over `db`, to run operations as an account; stop() stops the server, not the database. */
export async function startApiRunner(db: Db, options: EditingApiOptions = {}): Promise<ApiRunner> {
  // The API's own error formatter, so the tests see exactly the extensions a client gets.
  const server = new ApolloServer<Context>({ typeDefs: loadTypeDefs(), resolvers, formatError: createFormatError((message, error) => console.error(message, error)) });
  await server.start();
  const limits = testConfig().limits;
  const run = async <T>(who: As, query: string, variables: Record<string, unknown> = {}): Promise<Result<T>> => {
    const contextValue = { ...createContext(db, limits, { user: who, bookmarks: [], newBookmarks: [] }), ...(options.extractor ? { extractor: options.extractor } : {}) };
    const res = await server.executeOperation<T>({ query, variables }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return { data: res.body.singleResult.data ?? null, errors: res.body.singleResult.errors };
  };
  return {
    db,
    run,
    async ok<T>(who: As, query: string, variables?: Record<string, unknown>): Promise<T> {
      const { data, errors } = await run<T>(who, query, variables);
      if (errors) throw new Error(JSON.stringify(errors, null, 2));
      return data as T;
    },
    async fails(who: As, query: string, variables?: Record<string, unknown>): Promise<Record<string, unknown>> {
      const { errors } = await run(who, query, variables);
      if (errors?.length !== 1) throw new Error(`expected one error, got ${JSON.stringify(errors)}`);
      return { message: errors[0]?.message, ...(errors[0]?.extensions ?? {}) };
    },
    stop: () => server.stop(),
  };
}

// The operations the tests send, with the fields they look at.
export const PROPOSAL_FIELDS = 'id state kind target baseVersion reason note payload createdAt reviewedAt author { id email role } reviewer { id email } result { id action version author { id } before after }';

export const PROPOSE_RELATIONSHIP = `mutation($input: RelationshipInput!, $key: String) { proposeRelationship(input: $input, idempotencyKey: $key) { ${PROPOSAL_FIELDS} } }`;
export const PROPOSE_ENTITY = `mutation($input: EntityInput!, $key: String) { proposeEntity(input: $input, idempotencyKey: $key) { ${PROPOSAL_FIELDS} } }`;
export const PROPOSE_CHANGE = `mutation($target: ID!, $version: Int!, $patch: ChangePatch!, $reason: String!, $key: String) {
  proposeChange(target: $target, version: $version, patch: $patch, reason: $reason, idempotencyKey: $key) { ${PROPOSAL_FIELDS} } }`;
export const REVIEW = `mutation($id: ID!, $decision: Decision!, $note: String) { review(proposal: $id, decision: $decision, note: $note) { ${PROPOSAL_FIELDS} } }`;
export const REVERT = 'mutation($id: ID!, $reason: String!) { revert(revision: $id, reason: $reason) { id action version target targetKind reason before after author { id } proposal { id } } }';
export const ADD_SOURCE = 'mutation($input: SourceInput!) { addSource(input: $input) { id title publisher publishedOn publishedOnBasis url text } }';
export const HISTORY_FIELDS = 'id action version reason before after author { id email role } proposal { id state reviewer { id } }';
export const RELATIONSHIP = `query($id: ID!) { relationship(id: $id) { id status validFrom validFromBasis datesNote version evidence { id quote stance } history { ${HISTORY_FIELDS} } } }`;

export interface ProposalJson {
  id: string; state: string; kind: string; target: string; baseVersion: number | null; note: string | null; payload: string;
  author: { id: string; email: string; role: string }; reviewer: { id: string; email: string } | null;
  result: { id: string; action: string; version: number; author: { id: string }; before: string | null; after: string | null } | null;
}

/** A quote from the seed's first article (seed/sources/000-yicai-oem-boost.txt), which names Nio and JAC. */
export const NIO_JAC_QUOTE = 'Nio used the foundry service of JAC Motors.';
export const NIO_JAC_SOURCE = 'yicai-2018-oem-boost';

export interface EditingCounts { proposals: number; revisions: number; ofTarget: number }

/** How many proposals and revisions there are, and how many revisions `target` has. */
export async function editingCounts(db: Db, target = ''): Promise<EditingCounts> {
  const [row] = await db.read(statement('test/editing-counts', { target }));
  return { proposals: Number(row?.proposals ?? 0), revisions: Number(row?.revisions ?? 0), ofTarget: Number(row?.ofTarget ?? 0) };
}
