// The free-text editor names of the old import audit become accounts: `Ada Lovelace` is
// ada-lovelace@legacy.linkage, a disabled contributor, so the history names an account as every
// revision must while no one can sign in as it. Names that differ only in case, accents or
// punctuation are one account; a name with no Latin letters or digits gets a hash of itself.
import { createHash, randomBytes } from 'node:crypto';

export const LEGACY_DOMAIN = 'legacy.linkage';

export function legacyEmail(name: string): string {
  const trimmed = name.trim() || 'unknown';
  const slug = trimmed.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const local = slug || `editor-${createHash('sha256').update(trimmed).digest('hex').slice(0, 8)}`;
  return `${local}@${LEGACY_DOMAIN}`;
}

/** A new account id (`u_` + 16 hex), used only if the account does not exist yet. */
export const newAccountId = (): string => `u_${randomBytes(8).toString('hex')}`;
