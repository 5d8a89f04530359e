// Password hashing with Argon2id (@node-rs/argon2). The parameters are OWASP's first recommended
// set (19 MiB, 2 passes, 1 lane), which are also the library's defaults; written out so that a
// library upgrade cannot weaken them silently. Passwords are never logged or stored as given.
import { hash, verify } from '@node-rs/argon2';

/** Argon2id is `algorithm: 2` (the library's `Algorithm` is a const enum, which isolated modules cannot read). */
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
/** Longer input is refused before hashing, so a megabyte "password" cannot tie up the server. */
export const MAX_PASSWORD_LENGTH = 1024;

export class PasswordError extends Error {}

/** Throws a PasswordError saying what is wrong; never echoes the password. */
export function checkPassword(password: string): void {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    throw new PasswordError(`The password is too short: it needs at least ${MIN_PASSWORD_LENGTH} characters (it has ${length}). Leave out --password-stdin to have one generated.`);
  }
  if (length > MAX_PASSWORD_LENGTH) throw new PasswordError(`The password is too long: at most ${MAX_PASSWORD_LENGTH} characters`);
}

export async function hashPassword(password: string): Promise<string> {
  checkPassword(password);
  return hash(password, OPTIONS);
}

// A real hash of a random string: verifying against it when the email is unknown costs as much as
// verifying a real account, so response times do not tell which emails have accounts.
let decoy: Promise<string> | null = null;
const decoyHash = (): Promise<string> => (decoy ??= hash(`decoy-${Math.random()}-${Date.now()}`, OPTIONS));

/** True when `password` matches `stored`; with no stored hash, spends the same time and says false. */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  if (!stored) {
    await verify(await decoyHash(), password).catch(() => false);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
