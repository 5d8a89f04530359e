// The session cookie: HttpOnly (page scripts never see it), SameSite=Strict (no other site's page
// can make the browser send it), Path=/, Secure when the request came over HTTPS. Parsed and
// written with the `cookie` package.
import { parseCookie, stringifySetCookie } from 'cookie';

export const SESSION_COOKIE = 'linkage_session';

export interface CookieRequest { headers: { cookie?: string | undefined } }

/** The session token the request's Cookie header carries, if any. */
export function sessionTokenOf(req: CookieRequest): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  return parseCookie(header)[SESSION_COOKIE] || undefined;
}

export function sessionCookie(token: string, { secure, maxAgeSeconds }: { secure: boolean; maxAgeSeconds: number }): string {
  return stringifySetCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/', secure, maxAge: maxAgeSeconds });
}

/** A Set-Cookie that makes the browser drop the session cookie. */
export function clearedSessionCookie({ secure }: { secure: boolean }): string {
  return stringifySetCookie(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'strict', path: '/', secure, maxAge: 0, expires: new Date(0) });
}
