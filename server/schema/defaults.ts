// Argument defaults belong to schema.graphql alone. graphql-js applies a default when an argument
// is left out; an explicit null (which the API has always read as "the default") gets the same
// schema default here, so that neither the resolvers nor the cost model restate a number.
import type { GraphQLField, GraphQLResolveInfo } from 'graphql';

type AnyField = GraphQLField<unknown, unknown>;

/** The arguments with every null or missing one that has a schema default set to that default. */
export function withSchemaDefaults<T extends object>(field: AnyField | undefined, args: T): T {
  const given = args as Record<string, unknown>;
  const missing = (field?.args ?? []).filter((arg) => arg.defaultValue !== undefined && (given[arg.name] === null || given[arg.name] === undefined));
  if (missing.length === 0) return args;
  return { ...given, ...Object.fromEntries(missing.map((arg) => [arg.name, arg.defaultValue])) } as T;
}

/** The definition of the field being resolved. */
export function fieldOf(info: GraphQLResolveInfo): AnyField | undefined {
  return info.parentType.getFields()[info.fieldName] as AnyField | undefined;
}
