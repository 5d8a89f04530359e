// Directives per operation: every directive node, with a fragment's counted again at each place it
// is spread (what execution may evaluate), on the operation, its variables, fields, inline fragments
// and spreads. graphql-armor's max-directives rule was tried first: it drops the directives on a
// fragment spread after the first spread of that fragment (25 spreads carrying 50 directives count
// as 27), and it throws from inside validation, which Apollo answers with a 500.
import { Kind } from 'graphql';
import type { ASTVisitor, FragmentDefinitionNode, SelectionSetNode, ValidationContext } from 'graphql';
import { limitError } from './errors';
import { fragmentsOf } from './walk';
import type { Fragments } from './walk';

function countIn(set: SelectionSetNode, fragments: Fragments, memo: Map<string, number>, via: ReadonlySet<string>): number {
  let count = 0;
  for (const sel of set.selections) {
    count += sel.directives?.length ?? 0;
    if (sel.kind === Kind.FRAGMENT_SPREAD) {
      const name = sel.name.value;
      const frag = fragments.get(name);
      if (frag && !via.has(name)) count += fragmentCount(frag, fragments, memo, via);
    } else if (sel.selectionSet) {
      count += countIn(sel.selectionSet, fragments, memo, via);
    }
  }
  return count;
}

function fragmentCount(frag: FragmentDefinitionNode, fragments: Fragments, memo: Map<string, number>, via: ReadonlySet<string>): number {
  const name = frag.name.value;
  const known = memo.get(name);
  if (known !== undefined) return known;
  // A cycle (validation reports it on its own) counts what is on the path once.
  const count = (frag.directives?.length ?? 0) + countIn(frag.selectionSet, fragments, memo, new Set([...via, name]));
  memo.set(name, count);
  return count;
}

export function directiveLimitRule(max: number): (context: ValidationContext) => ASTVisitor {
  return (context) => ({
    OperationDefinition(op) {
      const onVariables = (op.variableDefinitions ?? []).reduce((n, v) => n + (v.directives?.length ?? 0), 0);
      const count = (op.directives?.length ?? 0) + onVariables + countIn(op.selectionSet, fragmentsOf(context.getDocument()), new Map(), new Set());
      if (count > max) context.reportError(limitError('directives', `The query uses ${count} directives; the limit is ${max}`, max, count, [op]));
    },
  });
}
