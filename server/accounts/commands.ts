// `npm run users -- …` (scripts/users.ts): parsing the command line and doing each command
// against a Db, printing through `io` so that tests run the same code the terminal does.
import { parseArgs } from 'node:util';
import { ROLES } from '#vocabulary/roles';
import type { Db } from '../db';
import { newPassword } from './secrets';
import { createApiToken } from './tokens';
import { AccountError, createUser, ensureAccountsSchema, listUsers, setDisabled, setRole } from './users';
import type { UserListing } from './users';

export const USAGE = `Usage: npm run users -- COMMAND
  add EMAIL --role ROLE [--password-stdin]   create an account (a password is generated and printed once,
                                             unless --password-stdin reads it from standard input)
  role EMAIL ROLE                            change an account's role
  disable EMAIL                              stop an account: its sessions and tokens stop working at once
  enable EMAIL                               let a disabled account sign in again (old sessions and tokens stay revoked)
  token EMAIL [--name NAME]                  make an API token for notebooks and scripts (printed once)
  list                                       every account, without secrets
Roles: ${ROLES.join(', ')}.`;

export type UsersCommand =
  | { command: 'add'; email: string; role: string; passwordStdin: boolean }
  | { command: 'role'; email: string; role: string }
  | { command: 'disable' | 'enable'; email: string }
  | { command: 'token'; email: string; name: string | undefined }
  | { command: 'list' }
  | { command: 'help' }
  | { command: 'error'; message: string };

const ARITY: Record<string, number> = { add: 1, role: 2, disable: 1, enable: 1, token: 1, list: 0 };

export function parseUsersArgs(argv: readonly string[]): UsersCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: { role: { type: 'string' }, 'password-stdin': { type: 'boolean', default: false }, name: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (err) {
    return { command: 'error', message: err instanceof Error ? err.message : String(err) };
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') return { command: 'help' };
  const arity = ARITY[command];
  if (arity === undefined) return { command: 'error', message: `Unknown command "${command}"` };
  if (rest.length !== arity) return { command: 'error', message: `"${command}" takes ${arity === 0 ? 'no arguments' : arity === 1 ? 'one email' : 'an email and a role'}` };
  const email = rest[0] ?? '';
  switch (command) {
    case 'add':
      if (!values.role) return { command: 'error', message: `"add" needs --role (one of ${ROLES.join(', ')})` };
      return { command: 'add', email, role: values.role, passwordStdin: values['password-stdin'] };
    case 'role': return { command: 'role', email, role: rest[1] ?? '' };
    case 'disable': case 'enable': return { command, email };
    case 'token': return { command: 'token', email, name: values.name };
    default: return { command: 'list' };
  }
}

export interface UsersIo {
  print(line: string): void;
  /** All of standard input (for --password-stdin). */
  readStdin(): Promise<string>;
}

/** The password from standard input: its first line, without the line break `echo` or a file adds. */
export const passwordFromStdin = (text: string): string => text.split(/\r?\n/)[0] ?? '';

export function formatUserTable(users: readonly UserListing[]): string[] {
  const header = ['EMAIL', 'ROLE', 'STATE', 'SESSIONS', 'TOKENS', 'CREATED', 'ID'];
  const rows = users.map((u) => [u.email, u.role, u.system ? 'system' : u.disabled ? 'disabled' : 'active', String(u.sessions), String(u.tokens), u.createdAt?.slice(0, 10) ?? '', u.id]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [header, ...rows].map((r) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd());
}

/** Does one command; throws AccountError (a message for the terminal) when it cannot. */
export async function runUsersCommand(db: Db, cmd: Exclude<UsersCommand, { command: 'help' | 'error' }>, io: UsersIo): Promise<void> {
  await ensureAccountsSchema(db);
  switch (cmd.command) {
    case 'add': {
      const generated = cmd.passwordStdin ? null : newPassword();
      const password = generated ?? passwordFromStdin(await io.readStdin());
      const user = await createUser(db, { email: cmd.email, role: cmd.role, password });
      io.print(`Created ${user.email} (${user.role}, id ${user.id}).`);
      if (generated) io.print(`Password (shown once, not stored anywhere readable): ${generated}`);
      return;
    }
    case 'role': {
      const user = await setRole(db, cmd.email, cmd.role);
      io.print(`${user.email} is now ${user.role}.`);
      return;
    }
    case 'disable': case 'enable': {
      const { user, sessionsRevoked, tokensRevoked } = await setDisabled(db, cmd.email, cmd.command === 'disable');
      io.print(cmd.command === 'disable'
        ? `Disabled ${user.email}; revoked ${sessionsRevoked} session(s) and ${tokensRevoked} API token(s).`
        : `Enabled ${user.email}; it can sign in again (make new API tokens with: npm run users -- token ${user.email}).`);
      return;
    }
    case 'token': {
      const made = await createApiToken(db, cmd.email, cmd.name);
      io.print(`API token "${made.name}" for ${made.user.email} (${made.user.role}), shown once; send it as "Authorization: Bearer <token>":`);
      io.print(made.token);
      return;
    }
    case 'list': {
      for (const line of formatUserTable(await listUsers(db))) io.print(line);
      return;
    }
    default: {
      const never: never = cmd;
      throw new AccountError(`Unknown command ${JSON.stringify(never)}`);
    }
  }
}
