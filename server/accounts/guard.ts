// The one permission check every resolver and route uses: anonymous → UNAUTHENTICATED, a role
// that may not → FORBIDDEN. The rules themselves are the vocabulary's (vocabulary/roles.ts).
import { GraphQLError } from 'graphql';
import { can, PERMISSIONS } from '#vocabulary/roles';
import type { Permission } from '#vocabulary/roles';
import { ErrorCode } from '#vocabulary/errors';
import type { RequestState, Viewer } from '../resolvers/context';

export function requirePermission(ctx: { request: RequestState }, permission: Permission): Viewer {
  const user = ctx.request.user;
  if (!user) {
    throw new GraphQLError('Sign in first: this needs an account (a session cookie or an API token)', {
      extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
    });
  }
  if (!can(user.role, permission)) {
    throw new GraphQLError(`Your role (${user.role}) may not do this; it needs ${PERMISSIONS[permission]} or above`, {
      extensions: { code: ErrorCode.FORBIDDEN, permission },
    });
  }
  return user;
}
