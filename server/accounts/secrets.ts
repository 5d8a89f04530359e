// Random credentials and their stored form. A session cookie, an API token or a generated password
// is shown once; the database keeps only a SHA-256 of a cookie or token (both are 32 random bytes,
// so a fast hash is enough: there is nothing to guess) and an Argon2id hash of a password.
import { createHash, randomBytes } from 'node:crypto';

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** 32 random bytes, base64url: a session cookie's value. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

/** API tokens carry a prefix, so that one pasted into the wrong place is recognisable (and greppable by secret scanners). */
export const API_TOKEN_PREFIX = 'lk_';
export const newApiToken = (): string => API_TOKEN_PREFIX + randomBytes(32).toString('base64url');

/** `u_` + 16 hex: account ids say nothing about the person. */
export const newUserId = (): string => `u_${randomBytes(8).toString('hex')}`;
export const newTokenId = (): string => `t_${randomBytes(8).toString('hex')}`;

/** 18 random bytes, base64url (24 characters): for `npm run users -- add` without --password-stdin. */
export const newPassword = (): string => randomBytes(18).toString('base64url');
