// What the client asked for below the field being resolved, for resolvers that start work early
// (a totalCount beside its page) or read less (a source without its text) when a field is absent.
import { Kind } from 'graphql';
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved selects `name` directly below it, through fragments too.
 * @skip and @include are not evaluated, so a skipped field counts as selected: callers only use
 * this to do work early or to read more, never to leave out what the client gets.
 */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const visited = new Set<string>();
  const inSet = (set: SelectionSetNode | undefined): boolean => (set?.selections ?? []).some((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === name;
    if (s.kind === Kind.INLINE_FRAGMENT) return inSet(s.selectionSet);
    if (visited.has(s.name.value)) return false;
    visited.add(s.name.value);
    return inSet(info.fragments[s.name.value]?.selectionSet);
  });
  return info.fieldNodes.some((f) => inSet(f.selectionSet));
}
