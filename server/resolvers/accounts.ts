// Query.me and the User type. A User's parent is an account row ({ id, email, role }): the request's
// viewer for `me`, a `ctx.loaders.user` result for a Proposal's or Revision's author and reviewer.
import type { QueryResolvers, UserResolvers } from './generated';

/** Who the request runs as (its session cookie or API token); null when anonymous. */
export const me: NonNullable<QueryResolvers['me']> = (_p, _args, ctx) => ctx.request.user;

/** "ada@example.org" → "a…@example.org": anonymous readers of a history see who edited without the address. */
export const maskEmail = (email: string): string => {
  const at = email.lastIndexOf('@');
  return at <= 0 ? '…' : `${email.slice(0, 1)}…${email.slice(at)}`;
};

export const User: UserResolvers = {
  id: (user) => user.id,
  // Signed-in readers (a newsroom's own accounts) see whole addresses; the public sees them masked.
  email: (user, _args, ctx) => (ctx.request.user ? user.email : maskEmail(user.email)),
  role: (user) => user.role,
};
