// Walks an operation's selections, following fragment spreads, so each limit can be a small
// function of what it sees. Introspection fields (__schema, __type) are skipped: GraphiQL and
// notebooks ask for the schema with a deep but cheap query.
import { Kind } from 'graphql';
import type { DocumentNode, FieldNode, FragmentDefinitionNode, OperationDefinitionNode, SelectionSetNode } from 'graphql';

export type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const out = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) out.set(def.name.value, def);
  return out;
}

export function operationsOf(document: DocumentNode, operationName?: string | null): OperationDefinitionNode[] {
  const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? ops.filter((op) => op.name?.value === operationName) : ops;
}

export const isIntrospection = (field: FieldNode): boolean => field.name.value.startsWith('__');

/** A field with the type condition it sits under (null when none) and the fragments spread on the way to it. */
export interface FieldAt { field: FieldNode; on: string | null; via: ReadonlySet<string> }

/**
 * The fields of a selection set with fragments inlined. As in graphql-js's collectFields, a
 * fragment spread twice in one selection set is collected once. Pass a field's `via` when
 * descending into its selections: a fragment already on the path is not spread again, so a
 * fragment cycle (which validation reports on its own, while these rules run) cannot recurse forever.
 */
export function fieldsOf(set: SelectionSetNode, fragments: Fragments, via: ReadonlySet<string> = new Set(), on: string | null = null, collected = new Set<string>()): FieldAt[] {
  return set.selections.flatMap((sel) => {
    if (sel.kind === Kind.FIELD) return [{ field: sel, on, via }];
    if (sel.kind === Kind.INLINE_FRAGMENT) return fieldsOf(sel.selectionSet, fragments, via, sel.typeCondition?.name.value ?? on, collected);
    const name = sel.name.value;
    const frag = fragments.get(name);
    if (!frag || via.has(name) || collected.has(name)) return [];
    collected.add(name);
    return fieldsOf(frag.selectionSet, fragments, new Set([...via, name]), frag.typeCondition.name.value, collected);
  });
}
