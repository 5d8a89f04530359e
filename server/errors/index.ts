// Errors are data: GraphQLError with extensions.code from the vocabulary's one ErrorCode enum.
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '#vocabulary/errors';

export { ErrorCode };

export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument } });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`No ${what} with id "${id}"`, { extensions: { code: ErrorCode.NOT_FOUND, id } });
}

export const UNAVAILABLE_MESSAGE = 'The graph database is unavailable; try again shortly';

/**
 * HTTP 503. With `retryAfterSeconds` the answer also carries a Retry-After header: Apollo copies
 * `extensions.http.headers` onto the response, and the export routes do the same.
 */
export function serviceUnavailable(message = UNAVAILABLE_MESSAGE, retryAfterSeconds?: number): GraphQLError {
  const http = retryAfterSeconds === undefined
    ? { status: 503 }
    : { status: 503, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) };
  return new GraphQLError(message, { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, http } });
}

/** The Retry-After an error asks for (seconds), if any. */
export function retryAfterOf(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const headers = (error.extensions.http as { headers?: unknown } | undefined)?.headers;
  return headers instanceof HeaderMap ? headers.get('retry-after') : undefined;
}
