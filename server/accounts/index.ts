// Accounts and sign-in (README.md): users, passwords, sessions, API tokens, the login routes, the
// gate that finds who a request runs as, and the one permission check (guard.ts).
export { authenticate, unauthenticated } from './authenticate';
export { SESSION_COOKIE } from './cookies';
export { signInGate, viewerOf } from './gate';
export { requirePermission } from './guard';
export { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords';
export { LOGIN_FAILED, mountAuthRoutes } from './routes';
export { createSession, revokeSession } from './sessions';
export { createApiToken } from './tokens';
export { AccountError, createUser, ensureAccountsSchema, findUserByEmail, listUsers, normaliseEmail, setDisabled, setRole, usersByIds } from './users';
export type { UserListing, UserRow } from './users';
