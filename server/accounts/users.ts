// Accounts in Neo4j: (:User {id, email, role, passwordHash, disabled, system, createdAt}). Every
// function here takes the Db and throws an AccountError (a message meant for the person at the
// command line, with the error code an API answer would carry) when the request cannot be done.
import { Neo4jError } from 'neo4j-driver';
import { ErrorCode } from '#vocabulary/errors';
import { isRole, ROLES, SYSTEM_ACCOUNTS } from '#vocabulary/roles';
import type { Role } from '#vocabulary/roles';
import { applySchema, statement } from '../cypher';
import type { Db } from '../db';
import { hashPassword, PasswordError } from './passwords';
import { newUserId } from './secrets';

/** An account as the API shows it (the shape of the GraphQL User and of the request's Viewer). */
export interface UserRow { id: string; email: string; role: Role }

export interface UserRecord extends UserRow { passwordHash: string | null; disabled: boolean; system: boolean }

export interface UserListing extends UserRow { disabled: boolean; system: boolean; createdAt: string | null; sessions: number; tokens: number }

export class AccountError extends Error {
  constructor(message: string, readonly code: ErrorCode = ErrorCode.BAD_USER_INPUT) {
    super(message);
  }
}

/** System accounts' emails live under this domain; no person's account may use it. */
const SYSTEM_DOMAIN = '@system.linkage';

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

function checkEmail(email: string): void {
  // Deliberately loose: one "@" with something on each side and no spaces. Delivery is not our business.
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new AccountError(`"${email}" is not an email address`);
  if (email.endsWith(SYSTEM_DOMAIN)) throw new AccountError(`${email} is reserved for system accounts (${SYSTEM_DOMAIN})`);
}

export function checkRole(role: string): Role {
  if (!isRole(role)) throw new AccountError(`Unknown role "${role}": one of ${ROLES.join(', ')}`);
  return role;
}

/**
 * The accounts' constraints and indexes, and the system accounts (`seed`), created when missing.
 * Idempotent: the server runs it at start, `npm run users` before every command, the seed loader
 * before it writes revisions as `seed`.
 */
export async function ensureAccountsSchema(db: Db): Promise<void> {
  await applySchema(db, ['accounts/schema']);
  await db.write(statement('accounts/merge-system-accounts', { accounts: Object.values(SYSTEM_ACCOUNTS).map((a) => ({ ...a })) }));
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRecord | null> {
  const [row] = await db.read(statement('accounts/user-by-email', { email: normaliseEmail(email) }));
  return row ? (row.user as UserRecord) : null;
}

/** The account, which must exist and be a person's (system accounts cannot be changed or hold credentials). */
export async function requirePerson(db: Db, email: string): Promise<UserRecord> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new AccountError(`No account with the email ${normaliseEmail(email)} (npm run users -- list shows them)`, ErrorCode.NOT_FOUND);
  if (user.system) throw new AccountError(`${user.email} is a system account: it cannot sign in, hold tokens or be changed`, ErrorCode.FORBIDDEN);
  return user;
}

const isConstraintViolation = (err: unknown): boolean => err instanceof Neo4jError && err.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

export async function createUser(db: Db, input: { email: string; role: string; password: string }): Promise<UserRow> {
  const email = normaliseEmail(input.email);
  checkEmail(email);
  const role = checkRole(input.role);
  let passwordHash: string;
  try {
    passwordHash = await hashPassword(input.password);
  } catch (err) {
    if (err instanceof PasswordError) throw new AccountError(err.message);
    throw err;
  }
  const duplicate = (): AccountError => new AccountError(`An account with the email ${email} already exists (change its role with: npm run users -- role ${email} ROLE)`);
  if (await findUserByEmail(db, email)) throw duplicate();
  try {
    const [row] = await db.write(statement('accounts/create-user', { id: newUserId(), email, role, passwordHash }));
    return row?.user as UserRow;
  } catch (err) {
    // Two commands adding the same email at once: the unique constraint decides.
    if (isConstraintViolation(err)) throw duplicate();
    throw err;
  }
}

export async function setRole(db: Db, email: string, role: string): Promise<UserRow> {
  const checked = checkRole(role);
  const user = await requirePerson(db, email);
  const [row] = await db.write(statement('accounts/set-role', { id: user.id, role: checked }));
  return row?.user as UserRow;
}

export interface DisableResult { user: UserRow; sessionsRevoked: number; tokensRevoked: number }

/** Disabled: its sessions and tokens are revoked, and nothing signs in as it until it is enabled again. */
export async function setDisabled(db: Db, email: string, disabled: boolean): Promise<DisableResult> {
  const user = await requirePerson(db, email);
  const [row] = await db.write(statement('accounts/set-disabled', { id: user.id, disabled }));
  return { user: row?.user as UserRow, sessionsRevoked: Number(row?.sessionsRevoked ?? 0), tokensRevoked: Number(row?.tokensRevoked ?? 0) };
}

export async function listUsers(db: Db): Promise<UserListing[]> {
  return (await db.read(statement('accounts/list-users', {}))).map((r) => r.user as UserListing);
}

/** Accounts by id, in the order asked, null for an unknown id: for the `user` DataLoader and the audit trail's authors. */
export async function usersByIds(db: Db, ids: readonly string[]): Promise<(UserRow | null)[]> {
  const rows = await db.read(statement('accounts/users-by-ids', { ids }));
  const byId = new Map(rows.map((r) => { const u = r.user as UserRow; return [u.id, u]; }));
  return ids.map((id) => byId.get(id) ?? null);
}
