// The resolver map for server/schema/schema.graphql.
import { Query } from './query';
import { Entity, Evidence, PathStep, Relationship, RelationshipConnection, Source, Subgraph, Truncation } from './types';

export const resolvers = { Query, Entity, Relationship, Evidence, Source, RelationshipConnection, Subgraph, Truncation, PathStep };
export { createContext } from './context';
export type { Context } from './context';
