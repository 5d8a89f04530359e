// Server-side sessions: (:Session {id, userId, createdAt, expiresAt, revokedAt}). The browser holds
// a random token; the database holds its SHA-256 as the session's id, so a copy of the database
// cannot be turned back into cookies. Expiry and revocation are checked by Neo4j's clock.
import { statement } from '../cypher';
import { int } from '../db';
import type { Db } from '../db';
import { newSessionToken, sha256Hex } from './secrets';
import type { UserRow } from './users';

export interface NewSession { token: string; expiresAt: string }

/** Starts a session for the account; `ttlSeconds` ≤ 0 gives one that has already expired (for tests). */
export async function createSession(db: Db, userId: string, ttlSeconds: number): Promise<NewSession> {
  const token = newSessionToken();
  const [row] = await db.write(statement('accounts/create-session', { id: sha256Hex(token), userId, ttlSeconds: int(Math.trunc(ttlSeconds)) }));
  if (!row) throw new Error(`No account ${userId} to start a session for`);
  return { token, expiresAt: String(row.expiresAt) };
}

/** Ends the session the token names; true when there was a live one. */
export async function revokeSession(db: Db, token: string): Promise<boolean> {
  const [row] = await db.write(statement('accounts/revoke-session', { id: sha256Hex(token) }));
  return Number(row?.revoked ?? 0) > 0;
}

/** The account a session token signs in as, or null when the session is unknown, expired, revoked or its account disabled. */
export async function userBySession(db: Db, token: string): Promise<UserRow | null> {
  const [row] = await db.read(statement('accounts/viewer-by-session', { id: sha256Hex(token) }));
  return row ? (row.user as UserRow) : null;
}
