// Who an import is attributed to: a real account, named by its email with `--as EMAIL` or the
// LINKAGE_IMPORT_AS setting. An import writes like a direct edit, so the account must be an
// enabled editor (or admin); an unknown, disabled or system address stops the import before it
// reads a file. The free-text `--editor NAME` and LINKAGE_EDITOR of before are refused with a
// message that says what replaced them.
import { can } from '#vocabulary/roles';
import { findUserByEmail, normaliseEmail } from '../../server/accounts/users';
import type { Db } from '../../server/db';

export class ImportAccountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportAccountError';
  }
}

export interface ImportAccount { id: string; email: string; role: string }

export const OLD_EDITOR_FLAG = '--editor NAME was replaced by --as EMAIL: imports are attributed to an account (an editor\'s email; see `npm run users -- list`), not to a free-text name.';
const OLD_EDITOR_ENV = 'LINKAGE_EDITOR was replaced by LINKAGE_IMPORT_AS=EMAIL: imports are attributed to an account (an editor\'s email; see `npm run users -- list`), not to a free-text name.';

export interface AccountSources {
  /** The --as value; null when not given. */
  flag: string | null;
  /** LINKAGE_IMPORT_AS; undefined when not set. */
  env: string | undefined;
  /** LINKAGE_EDITOR, only to refuse it with a pointer to what replaced it. */
  oldEnv?: string | undefined;
}

/** The email to import as, lower-cased and trimmed as accounts store it. */
export function importEmail(src: AccountSources): string {
  if (src.flag !== null) {
    const email = normaliseEmail(src.flag);
    if (email === '') throw new ImportAccountError('--as needs an email (the account importing, e.g. --as ada@example.com); an import is never recorded without one.');
    return email;
  }
  if (src.env !== undefined) {
    const email = normaliseEmail(src.env);
    if (email === '') throw new ImportAccountError('LINKAGE_IMPORT_AS is set but empty; set it to your account\'s email, unset it, or give --as EMAIL.');
    return email;
  }
  if (src.oldEnv !== undefined) throw new ImportAccountError(OLD_EDITOR_ENV);
  throw new ImportAccountError('Cannot tell who is importing: give --as EMAIL (an editor account), or set LINKAGE_IMPORT_AS.');
}

/** The account behind an email, if it may import; otherwise an ImportAccountError saying why not. */
export async function importAccount(db: Db, email: string): Promise<ImportAccount> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new ImportAccountError(`No account has the email ${email}; an admin adds one with \`npm run users -- add ${email} --role editor\`.`);
  if (user.system) throw new ImportAccountError(`${email} is a system account; imports are attributed to a person's account.`);
  if (user.disabled) throw new ImportAccountError(`The account ${email} is disabled; an import needs an enabled editor account.`);
  if (!can(user.role, 'editDirectly')) throw new ImportAccountError(`The account ${email} is a ${user.role}; an import edits the graph directly, which needs an editor or admin.`);
  return { id: user.id, email: user.email, role: user.role };
}
