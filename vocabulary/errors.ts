// Error codes from one enum, for every boundary: GraphQL errors' extensions.code, the export routes'
// error bodies, and the seed and import validators' problems. The server wraps them in GraphQLError
// (server/errors); the page and the notebook read them back.

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  /** A write named a version that is no longer the current one (extensions.currentVersion says which is). */
  CONFLICT = 'CONFLICT',
  /** Too many requests (or failed sign-ins) from one address or account; Retry-After says when to try again. */
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
