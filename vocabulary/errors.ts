// Error codes from one enum, for every boundary: GraphQL errors' extensions.code, the export routes'
// error bodies, and the seed and import validators' problems. The server wraps them in GraphQLError
// (server/errors); the page and the notebook read them back.

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
