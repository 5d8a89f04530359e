// Test helpers for "defaults live in the schema": read an argument's default from schema.graphql,
// and the same schema text with one default changed, to show that nothing else restates it.
import { buildSchema, Kind, parse, print, visit } from 'graphql';
import type { ConstValueNode, GraphQLSchema, ObjectTypeDefinitionNode, ObjectTypeExtensionNode } from 'graphql';
import { loadTypeDefs } from '../../server/schema';

export interface ArgumentRef { type: string; field: string; arg: string }

export const argumentName = (a: ArgumentRef): string => `${a.type}.${a.field}(${a.arg})`;

/** Every argument of an object type's field that the schema gives a default. */
export function defaultedArguments(schema: GraphQLSchema = buildSchema(loadTypeDefs())): (ArgumentRef & { defaultValue: unknown })[] {
  return Object.values(schema.getTypeMap()).flatMap((type) => {
    if (type.name.startsWith('__') || !('getFields' in type) || !('isTypeOf' in type)) return [];
    return Object.values(type.getFields()).flatMap((field) => ('args' in field ? field.args : [])
      .filter((a) => a.defaultValue !== undefined)
      .map((a) => ({ type: type.name, field: field.name, arg: a.name, defaultValue: a.defaultValue })));
  });
}

/** The schema's text with one argument's default replaced by an Int. */
export function typeDefsWithDefault(ref: ArgumentRef, value: number): string {
  const replacement: ConstValueNode = { kind: Kind.INT, value: String(value) };
  let found = false;
  // The field may be declared in schema.graphql or in a file that extends its type (views.graphql).
  const withDefault = <N extends ObjectTypeDefinitionNode | ObjectTypeExtensionNode>(node: N): N | undefined => {
    if (node.name.value !== ref.type) return undefined;
    return {
      ...node,
      fields: node.fields?.map((f) => (f.name.value !== ref.field ? f : {
        ...f,
        arguments: f.arguments?.map((a) => {
          if (a.name.value !== ref.arg) return a;
          found = true;
          return { ...a, defaultValue: replacement };
        }),
      })),
    };
  };
  const edited = visit(parse(loadTypeDefs()), { ObjectTypeDefinition: withDefault, ObjectTypeExtension: withDefault });
  if (!found) throw new Error(`${argumentName(ref)} is not in the schema`);
  return print(edited);
}
