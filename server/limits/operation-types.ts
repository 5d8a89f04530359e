// An operation of a type the schema does not have (a mutation before the API has any, any
// subscription) is the client's mistake, so it is refused while validating: Apollo answers 400
// GRAPHQL_VALIDATION_FAILED. Left to execution, graphql-js throws there instead, which reads as a
// server fault: INTERNAL_SERVER_ERROR and a stack trace in the log on every such request.
import { GraphQLError } from 'graphql';
import type { ASTVisitor, ValidationContext } from 'graphql';

export function knownOperationTypesRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(op) {
      if (context.getSchema().getRootType(op.operation)) return;
      context.reportError(new GraphQLError(`This API has no ${op.operation} operations`, { nodes: [op] }));
    },
  };
}
