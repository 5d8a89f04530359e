// The middleware in front of /graphql and /export/*: finds who the request runs as (authenticate)
// and keeps it for the GraphQL context (viewerOf). A credential that fails is answered 401 at once
// (and a failed session cookie is cleared, so the page's next request is simply anonymous). With
// LINKAGE_ANONYMOUS_READ=false a request without a credential is 401 too; the page, its assets,
// /healthz, /readyz and /auth/* are not behind this gate.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import { readBookmarks } from '../app/bookmarks';
import type { Db } from '../db';
import type { Viewer } from '../resolvers/context';
import { authenticate, unauthenticated } from './authenticate';
import { clearedSessionCookie } from './cookies';
import { sendError } from './replies';

const VIEWER = 'linkageViewer';

export function signInGate({ db, anonymousRead }: { db: Db; anonymousRead: boolean }): RequestHandler {
  return (req: Request, res: Response, next: NextFunction): void => {
    // With the bookmarks the request sent back (the sign-in's among them), a replica that has not yet
    // caught up with the session's write waits for it rather than calling the cookie unknown.
    Promise.resolve().then(() => authenticate(db.withBookmarks(readBookmarks(req.headers), []), req)).then((viewer) => {
      if (!viewer && !anonymousRead) {
        sendError(res, unauthenticated('Sign in first: this Linkage is not open to anonymous readers (POST /auth/login, or send Authorization: Bearer <token>)'));
        return;
      }
      res.locals[VIEWER] = viewer;
      next();
    }, (err: unknown) => {
      if (err instanceof GraphQLError && err.extensions.credential === 'session') res.setHeader('Set-Cookie', clearedSessionCookie({ secure: req.secure }));
      sendError(res, err);
    });
  };
}

/** Who the request runs as, as the gate found; null for anonymous (or a route without the gate). */
export const viewerOf = (res: Response): Viewer | null => (res.locals[VIEWER] as Viewer | null | undefined) ?? null;
