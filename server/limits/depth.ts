// Query depth: how deeply selections nest. { entity { relationships { edges { node } } } } is 4.
import type { ASTVisitor, SelectionSetNode, ValidationContext } from 'graphql';
import { limitError } from './errors';
import { fieldsOf, fragmentsOf, isIntrospection } from './walk';
import type { Fragments } from './walk';

export function selectionDepth(set: SelectionSetNode, fragments: Fragments): number {
  let deepest = 0;
  for (const { field } of fieldsOf(set, fragments)) {
    if (isIntrospection(field)) continue;
    deepest = Math.max(deepest, 1 + (field.selectionSet ? selectionDepth(field.selectionSet, fragments) : 0));
  }
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
