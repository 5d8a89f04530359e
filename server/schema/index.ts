// The GraphQL contract, read once: schema.graphql (the file the client and notebooks read too), then
// every other .graphql file of this folder in name order, each a part of the API kept in a file of
// its own (notes.graphql) that extends the types of schema.graphql (`extend type Query`).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import type { GraphQLSchema } from 'graphql';

export const SCHEMA_FILE = path.join(__dirname, 'schema.graphql');

/** The parts beside schema.graphql, in name order. */
export const schemaParts = (): string[] =>
  readdirSync(__dirname).filter((f) => f.endsWith('.graphql') && f !== 'schema.graphql').sort().map((f) => path.join(__dirname, f));

/** The whole contract: `base` (schema.graphql's text unless given) followed by the parts. */
export function schemaText(base: string = readFileSync(SCHEMA_FILE, 'utf8')): string {
  return [base, ...schemaParts().map((file) => readFileSync(file, 'utf8'))].join('\n');
}

let typeDefs: string | null = null;

export function loadTypeDefs(): string {
  typeDefs ??= schemaText();
  return typeDefs;
}

/** The schema without resolvers, for tools that only need its shape (cost estimates, tests). */
export function schemaShape(): GraphQLSchema {
  return buildSchema(loadTypeDefs());
}
