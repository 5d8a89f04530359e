// Errors are data: GraphQLError with extensions.code from the vocabulary's one ErrorCode enum.
import { GraphQLError } from 'graphql';
import { ErrorCode } from '#vocabulary/errors';

export { ErrorCode };

export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument } });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`No ${what} with id "${id}"`, { extensions: { code: ErrorCode.NOT_FOUND, id } });
}

export function serviceUnavailable(message = 'The graph database is unavailable; try again shortly'): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, http: { status: 503 } },
  });
}
