// Aliases: each alias can repeat an expensive field, so their number per operation is capped.
import type { ASTVisitor, SelectionSetNode, ValidationContext } from 'graphql';
import { limitError } from './errors';
import { fieldsOf, fragmentsOf } from './walk';
import type { Fragments } from './walk';

/** Aliased fields, counting a fragment once per place it is spread. */
export function countAliases(set: SelectionSetNode, fragments: Fragments, via?: ReadonlySet<string>, memo = new Map<SelectionSetNode, number>()): number {
  const known = memo.get(set);
  if (known !== undefined) return known;
  let count = 0;
  for (const at of fieldsOf(set, fragments, via)) {
    if (at.field.alias) count += 1;
    if (at.field.selectionSet) count += countAliases(at.field.selectionSet, fragments, at.via, memo);
  }
  memo.set(set, count);
  return count;
}

export function aliasLimitRule(max: number): (context: ValidationContext) => ASTVisitor {
  return (context) => ({
    OperationDefinition(op) {
      const count = countAliases(op.selectionSet, fragmentsOf(context.getDocument()));
      if (count > max) {
        context.reportError(limitError('aliases', `The query uses ${count} aliases; the limit is ${max}`, max, count, [op]));
      }
    },
  });
}
