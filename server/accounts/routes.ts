// POST /auth/login {email, password} → 200 {user} and a session cookie, or 401 with one message for
// every failure; POST /auth/logout revokes the session and clears the cookie. Both accept JSON only:
// a cross-site HTML form can send urlencoded, multipart or text/plain but not application/json
// (that needs a CORS preflight we never grant), so no other site can post them. (/graphql has
// Apollo's csrfPrevention.)
import express from 'express';
import type { Express, NextFunction, Request, Response } from 'express';
import { ErrorCode } from '#vocabulary/errors';
import type { AccountsConfig } from '../config';
import { BOOKMARK_HEADER } from '../db';
import type { Db } from '../db';
import { clearedSessionCookie, sessionCookie, sessionTokenOf } from './cookies';
import { LoginLimiter } from './login-limiter';
import { verifyPassword } from './passwords';
import { httpError, sendError } from './replies';
import { createSession, revokeSession } from './sessions';
import { findUserByEmail, normaliseEmail } from './users';
import type { UserRow } from './users';

export const LOGIN_FAILED = 'Wrong email or password, or the account is disabled';

const isJson = (req: Request): boolean => (req.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';

function requireJson(req: Request, res: Response, next: NextFunction): void {
  if (isJson(req)) { next(); return; }
  sendError(res, httpError('Send this as JSON (Content-Type: application/json)', ErrorCode.BAD_USER_INPUT, 415));
}

/** The account the email and password sign in as, or null; unknown, wrong and disabled cost the same. */
async function checkCredentials(db: Db, email: string, password: string): Promise<UserRow | null> {
  const user = await findUserByEmail(db, email);
  const usable = user && !user.system && !user.disabled ? user : null;
  const matches = await verifyPassword(usable?.passwordHash, password);
  return usable && matches ? { id: usable.id, email: usable.email, role: usable.role } : null;
}

/** Runs an async handler; whatever it throws is answered in the API's error shape. */
const handled = (work: (req: Request, res: Response) => Promise<void>) => (req: Request, res: Response): void => {
  work(req, res).catch((err: unknown) => sendError(res, err));
};

export interface AuthRouteDeps { db: Db; accounts: AccountsConfig }

export function mountAuthRoutes(app: Express, { db, accounts }: AuthRouteDeps): void {
  const limiter = new LoginLimiter(accounts);
  const ttlSeconds = accounts.sessionTtlHours * 3600;
  const body = express.json({ limit: '16kb' });

  app.post('/auth/login', requireJson, body, handled(async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const { email, password } = (req.body ?? {}) as { email?: unknown; password?: unknown };
    if (typeof email !== 'string' || typeof password !== 'string') {
      sendError(res, httpError('Send {"email": "…", "password": "…"}, both strings', ErrorCode.BAD_USER_INPUT, 400));
      return;
    }
    const account = normaliseEmail(email);
    // req.ip honours X-Forwarded-For only when LINKAGE_TRUST_PROXY says the proxy may set it.
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const wait = await limiter.refusedFor(account, address);
    if (wait !== null) {
      const seconds = Math.ceil(wait / 1000);
      res.setHeader('Retry-After', String(seconds));
      sendError(res, httpError(`Too many failed sign-ins; try again in ${seconds} s`, ErrorCode.TOO_MANY_REQUESTS, 429, { retryAfterSeconds: seconds }));
      return;
    }
    const user = await checkCredentials(db, account, password);
    if (!user) {
      await limiter.recordFailure(account, address);
      sendError(res, httpError(LOGIN_FAILED, ErrorCode.UNAUTHENTICATED, 401));
      return;
    }
    await limiter.recordSuccess(account);
    // The session's write leaves its bookmark in the answer (X-Linkage-Bookmark), as every write
    // does, so that the page's next request finds the session on any replica (docs/scaling.md).
    const written: string[] = [];
    const session = await createSession(db.withBookmarks([], written), user.id, ttlSeconds);
    if (written.length > 0) res.setHeader(BOOKMARK_HEADER, [...new Set(written)].join(','));
    res.setHeader('Set-Cookie', sessionCookie(session.token, { secure: req.secure, maxAgeSeconds: ttlSeconds }));
    res.status(200).json({ user, expiresAt: session.expiresAt });
  }));

  app.post('/auth/logout', requireJson, body, handled(async (req, res) => {
    const token = sessionTokenOf(req);
    if (token !== undefined) await revokeSession(db, token);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Set-Cookie', clearedSessionCookie({ secure: req.secure }));
    res.status(200).json({ signedOut: true });
  }));
}
