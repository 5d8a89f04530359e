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

/**
 * The fields of a selection set with fragments inlined, each with the type condition it sits
 * under (null when none). `seen` guards against fragment cycles, which validation reports itself.
 */
export function fieldsOf(set: SelectionSetNode, fragments: Fragments, seen: ReadonlySet<string> = new Set(), on: string | null = null): { field: FieldNode; on: string | null }[] {
  return set.selections.flatMap((sel) => {
    if (sel.kind === Kind.FIELD) return [{ field: sel, on }];
    if (sel.kind === Kind.INLINE_FRAGMENT) return fieldsOf(sel.selectionSet, fragments, seen, sel.typeCondition?.name.value ?? on);
    const name = sel.name.value;
    const frag = fragments.get(name);
    if (!frag || seen.has(name)) return [];
    return fieldsOf(frag.selectionSet, fragments, new Set([...seen, name]), frag.typeCondition.name.value);
  });
}
