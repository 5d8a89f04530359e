// The GraphQL contract, read once from schema.graphql (the file the client and notebooks read too).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import type { GraphQLSchema } from 'graphql';

export const SCHEMA_FILE = path.join(__dirname, 'schema.graphql');

let typeDefs: string | null = null;

export function loadTypeDefs(): string {
  typeDefs ??= readFileSync(SCHEMA_FILE, 'utf8');
  return typeDefs;
}

/** The schema without resolvers, for tools that only need its shape (cost estimates, tests). */
export function schemaShape(): GraphQLSchema {
  return buildSchema(loadTypeDefs());
}
