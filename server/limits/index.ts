// Query limits: depth and aliases as GraphQL validation rules, with the check that the operation's
// type exists; cost once variables are known.
import type { DocumentNode, GraphQLSchema, ValidationRule } from 'graphql';
import type { Limits } from '../config';
import { aliasLimitRule } from './aliases';
import { estimateCost } from './cost';
import { depthLimitRule } from './depth';
import { directiveLimitRule } from './directives';
import { limitError } from './errors';
import { knownOperationTypesRule } from './operation-types';

export { aliasLimitRule, countAliases } from './aliases';
export { depthLimitRule, selectionDepth } from './depth';
export { directiveLimitRule } from './directives';
export { estimateCost } from './cost';
export { knownOperationTypesRule } from './operation-types';

export function validationRules(limits: Limits): ValidationRule[] {
  return [knownOperationTypesRule, depthLimitRule(limits.maxQueryDepth), aliasLimitRule(limits.maxAliases), directiveLimitRule(limits.maxDirectives)];
}

/** Throws BAD_USER_INPUT when the operation's estimated cost is over the limit. */
export function checkCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined, limits: Limits): void {
  const cost = estimateCost(schema, document, operationName, variables, limits);
  if (cost > limits.maxCost) {
    throw limitError('cost', `The query's estimated cost ${cost} exceeds the limit of ${limits.maxCost}; ask for smaller pages (first, limit) or fewer nested lists`, limits.maxCost, cost);
  }
}
