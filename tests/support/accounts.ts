// Helpers for tests that act as someone: sign in, ask GraphQL as someone, read Set-Cookie, and
// add an account directly (an id made here, the node by cypher/test/create-users).
import { randomBytes } from 'node:crypto';
import type { RunningApp } from '../../server/app';
import { statement } from '../../server/cypher';
import type { Db } from '../../server/db';

export interface Answer { status: number; headers: Headers; body: Record<string, unknown> }

const answer = async (res: Response): Promise<Answer> => ({ status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> });

export const login = async (app: RunningApp, email: string, password: string, headers: Record<string, string> = {}): Promise<Answer> =>
  answer(await fetch(`${app.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ email, password }) }));

export const logout = async (app: RunningApp, headers: Record<string, string> = {}): Promise<Answer> =>
  answer(await fetch(`${app.url}/auth/logout`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' }));

export const gql = async (app: RunningApp, query: string, headers: Record<string, string> = {}): Promise<Answer> =>
  answer(await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) }));

/** The Set-Cookie lines of an answer. */
export const setCookies = (a: Answer): string[] => a.headers.getSetCookie();

/** The Cookie header a browser would send back after this answer (name=value of its first Set-Cookie). */
export function cookieFrom(a: Answer): string {
  const [first] = setCookies(a);
  if (!first) throw new Error(`no Set-Cookie in ${a.status} ${JSON.stringify(a.body)}`);
  return first.split(';')[0] ?? '';
}

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

/** The one error of an error answer: its code and message. */
export function errorOf(a: Answer): { code: unknown; message: unknown } {
  const [e] = (a.body.errors ?? []) as { message: string; extensions?: { code?: string } }[];
  if (!e) throw new Error(`expected an error, got ${a.status} ${JSON.stringify(a.body)}`);
  return { code: e.extensions?.code, message: e.message };
}

let counter = 0;
/** An email no other test uses. */
export const uniqueEmail = (who: string): string => `${who}-${process.pid}-${(counter += 1)}@example.org`;

export async function addTestUser(db: Db, email: string, role = 'editor', disabled = false): Promise<string> {
  const id = `u_${randomBytes(8).toString('hex')}`;
  await db.write(statement('test/create-users', { users: [{ id, email, role, disabled }] }));
  return id;
}
