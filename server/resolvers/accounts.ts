// Query.me and the User type. A User's parent is an account row ({ id, email, role }): the request's
// viewer for `me`, a `ctx.loaders.user` result for a Proposal's or Revision's author and reviewer.
import type { QueryResolvers, UserResolvers } from './generated';

/** Who the request runs as (its session cookie or API token); null when anonymous. */
export const me: NonNullable<QueryResolvers['me']> = (_p, _args, ctx) => ctx.request.user;

export const User: UserResolvers = {
  id: (user) => user.id,
  email: (user) => user.email,
  role: (user) => user.role,
};
