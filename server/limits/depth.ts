// Query depth: how deeply selections nest. { entity { relationships { edges { node } } } } is 4.
import type { ASTVisitor, SelectionSetNode, ValidationContext } from 'graphql';
import { limitError } from './errors';
import { fieldsOf, fragmentsOf, isIntrospection } from './walk';
import type { Fragments } from './walk';

/** `memo` keeps a fragment spread many times from being walked many times (a cheap-to-send DoS). */
export function selectionDepth(set: SelectionSetNode, fragments: Fragments, via?: ReadonlySet<string>, memo = new Map<SelectionSetNode, number>()): number {
  const known = memo.get(set);
  if (known !== undefined) return known;
  let deepest = 0;
  for (const at of fieldsOf(set, fragments, via)) {
    if (isIntrospection(at.field)) continue;
    deepest = Math.max(deepest, 1 + (at.field.selectionSet ? selectionDepth(at.field.selectionSet, fragments, at.via, memo) : 0));
  }
  memo.set(set, deepest);
  return deepest;
}

export function depthLimitRule(max: number): (context: ValidationContext) => ASTVisitor {
  return (context) => ({
    OperationDefinition(op) {
      const depth = selectionDepth(op.selectionSet, fragmentsOf(context.getDocument()));
      if (depth > max) {
        context.reportError(limitError('depth', `Query depth ${depth} exceeds the limit of ${max}; ask for fewer nested levels`, max, depth, [op]));
      }
    },
  });
}
