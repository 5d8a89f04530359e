// API tokens for notebooks and scripts: (:ApiToken {id, hash, name, userId, createdAt, lastUsedAt,
// revokedAt}). The token is printed once by `npm run users -- token`; only its SHA-256 is stored.
import { statement } from '../cypher';
import type { Db } from '../db';
import { newApiToken, newTokenId, sha256Hex } from './secrets';
import { requirePerson } from './users';
import type { UserRow } from './users';

export interface NewApiToken { id: string; token: string; name: string; user: UserRow }

export async function createApiToken(db: Db, email: string, name?: string): Promise<NewApiToken> {
  const user = await requirePerson(db, email);
  const token = newApiToken();
  const id = newTokenId();
  const label = name?.trim() || `token ${new Date().toISOString().slice(0, 10)}`;
  await db.write(statement('accounts/create-token', { id, hash: sha256Hex(token), name: label, userId: user.id }));
  return { id, token, name: label, user: { id: user.id, email: user.email, role: user.role } };
}

/** The account a bearer token signs in as, or null when it is unknown, revoked or its account disabled. */
export async function userByToken(db: Db, token: string): Promise<UserRow | null> {
  const [row] = await db.read(statement('accounts/viewer-by-token', { hash: sha256Hex(token) }));
  if (!row) return null;
  if (row.stale === true) await db.write(statement('accounts/touch-token', { id: String(row.tokenId) }));
  return row.user as UserRow;
}
