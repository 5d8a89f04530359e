// Who a request runs as: the account of its `Authorization: Bearer <token>` header, else of its
// session cookie, else nobody (null). A credential that is present but does not work (unknown,
// expired, revoked, or its account disabled) is an error, UNAUTHENTICATED, never a quiet fall
// back to anonymous: a notebook with a stale token should learn so rather than read less.
import type { IncomingHttpHeaders } from 'node:http';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '#vocabulary/errors';
import type { Db } from '../db';
import type { Viewer } from '../resolvers/context';
import { sessionTokenOf } from './cookies';
import { userBySession } from './sessions';
import { userByToken } from './tokens';

/** Which credential failed: a failed cookie is also cleared from the browser. */
export type CredentialKind = 'token' | 'session';

export function unauthenticated(message: string, credential?: CredentialKind): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 }, ...(credential ? { credential } : {}) } });
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

export async function authenticate(db: Db, req: { headers: IncomingHttpHeaders }): Promise<Viewer | null> {
  const authorization = req.headers.authorization;
  if (authorization !== undefined) {
    const token = BEARER.exec(authorization)?.[1];
    if (!token) throw unauthenticated('The Authorization header must be "Bearer <token>" with an API token from npm run users -- token', 'token');
    const user = await userByToken(db, token);
    if (!user) throw unauthenticated('This API token is not valid: it is unknown or revoked, or its account is disabled; ask an admin for a new one', 'token');
    return user;
  }
  const session = sessionTokenOf(req);
  if (session === undefined) return null;
  const user = await userBySession(db, session);
  if (!user) throw unauthenticated('Your session has ended (it expired, you signed out, or the account was disabled); sign in again', 'session');
  return user;
}
