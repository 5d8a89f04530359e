// Limit errors: BAD_USER_INPUT, saying which limit and what it allows.
import { GraphQLError } from 'graphql';
import type { ASTNode } from 'graphql';
import { ErrorCode } from '../errors';

export function limitError(limit: string, message: string, max: number, actual: number, nodes?: readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, {
    ...(nodes ? { nodes } : {}),
    extensions: { code: ErrorCode.BAD_USER_INPUT, limit, max, actual, http: { status: 400 } },
  });
}
