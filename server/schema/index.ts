// The GraphQL contract, read once: schema.graphql (the file the client and notebooks read too) and
// beside it one file per area that extends it (views.graphql: saved views), joined in name order.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import type { GraphQLSchema } from 'graphql';

export const SCHEMA_FILE = path.join(__dirname, 'schema.graphql');

/** The files that extend schema.graphql (`extend type Query`, `extend type Mutation` and their own types). */
export function extensionFiles(): string[] {
  return readdirSync(__dirname).filter((f) => f.endsWith('.graphql') && f !== path.basename(SCHEMA_FILE)).sort().map((f) => path.join(__dirname, f));
}

/** The whole schema's text: `main` (schema.graphql's text by default) followed by every extension file. */
export function joinTypeDefs(main: string = readFileSync(SCHEMA_FILE, 'utf8')): string {
  return [main, ...extensionFiles().map((f) => readFileSync(f, 'utf8'))].join('\n');
}

let typeDefs: string | null = null;

export function loadTypeDefs(): string {
  typeDefs ??= joinTypeDefs();
  return typeDefs;
}

/** The schema without resolvers, for tools that only need its shape (cost estimates, tests). */
export function schemaShape(): GraphQLSchema {
  return buildSchema(loadTypeDefs());
}
