// The only way errors leave the API. Codes we chose, and Apollo's own request errors, pass with
// their message; anything else (a bug, a Neo4j error) becomes "Internal server error" and the
// original goes to the server log. Stack traces never leave.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';

const OUR_CODES = new Set<string>(Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR));

// Apollo's codes for requests that are malformed; their messages describe the request, not the server.
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Extension keys a client may see; everything else (stacktrace, http, exception) stays home. */
const PUBLIC_EXTENSIONS = ['argument', 'field', 'problems', 'id', 'limit', 'max', 'actual', 'currentVersion', 'target', 'proposal', 'permission', 'retryAfterSeconds'] as const;

function publicExtensions(code: string, source: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { code };
  for (const key of PUBLIC_EXTENSIONS) if (source?.[key] !== undefined) out[key] = source[key];
  return out;
}

/** `log` receives what the client is not shown: the server's logger in the app; standard error for a bare ApolloServer (tests). */
export function createFormatError(log: (message: string, error: unknown) => void = (m, e) => console.error(m, e)) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    // Our limit rules run as validation rules, which Apollo re-labels GRAPHQL_VALIDATION_FAILED.
    const inner = original instanceof GraphQLError && original.originalError instanceof GraphQLError ? original.originalError : original;
    const where = { ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}) };
    if (inner instanceof GraphQLError && typeof inner.extensions.code === 'string' && OUR_CODES.has(inner.extensions.code)) {
      return { message: inner.message, ...where, extensions: publicExtensions(inner.extensions.code, inner.extensions) };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_CODES.has(code) && !(original instanceof Error && !(original instanceof GraphQLError))) {
      return { message: formatted.message, ...where, extensions: publicExtensions(code, formatted.extensions) };
    }
    log('GraphQL internal error', original);
    return { message: 'Internal server error', ...where, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
