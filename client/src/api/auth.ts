// Signing in and out: POST /auth/login with the email and password as JSON sets an HttpOnly session
// cookie (the page never sees it; the browser sends it with every same-origin request), and
// POST /auth/logout revokes the session. Failures come back as plain sentences for the form.
import { apiHeaders, keepBookmark } from './graphql';

export type SignInResult = { ok: true } | { ok: false; message: string };

/** How long to wait after too many attempts: the Retry-After header, else the body's figure. */
function retryAfterSeconds(response: Response, body: unknown): number | null {
  const header = Number(response.headers.get('retry-after'));
  if (Number.isFinite(header) && header > 0) return Math.ceil(header);
  type Body = { retryAfter?: unknown; retryAfterSeconds?: unknown; errors?: { extensions?: { retryAfterSeconds?: unknown } }[] };
  const fromBody = (body as Body | null) ?? {};
  const n = Number(fromBody.retryAfterSeconds ?? fromBody.retryAfter ?? fromBody.errors?.[0]?.extensions?.retryAfterSeconds);
  return Number.isFinite(n) && n > 0 ? Math.ceil(n) : null;
}

/** What the form says for a refused sign-in, by HTTP status. */
export function signInMessage(status: number, retryAfter: number | null): string {
  if (status === 401) return 'Email or password is wrong';
  if (status === 429) return retryAfter === null ? 'Too many attempts, try again later' : `Too many attempts, try again in ${retryAfter} s`;
  if (status === 400) return 'Give an email and a password';
  if (status >= 500) return 'The server could not sign you in right now; try again shortly';
  return `Sign-in failed (the server answered ${status})`;
}

async function post(path: string, body?: unknown): Promise<Response> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...apiHeaders() },
    body: body === undefined ? '{}' : JSON.stringify(body),
  });
  keepBookmark(response);
  return response;
}

export async function signIn(email: string, password: string): Promise<SignInResult> {
  let response: Response;
  try {
    response = await post('/auth/login', { email, password });
  } catch (err) {
    return { ok: false, message: `Cannot reach the server (${err instanceof Error ? err.message : String(err)})` };
  }
  if (response.ok) return { ok: true };
  const body: unknown = await response.json().catch(() => null);
  return { ok: false, message: signInMessage(response.status, retryAfterSeconds(response, body)) };
}

export async function signOut(): Promise<void> {
  await post('/auth/logout');
}
