// The HTTP server: GraphQL at /graphql, health at /healthz and /readyz, exports and the page.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { mountAuthRoutes, signInGate, viewerOf } from '../accounts';
import type { Config } from '../config';
import type { Db } from '../db';
import { createContext } from '../resolvers';
import type { RequestState } from '../resolvers';
import { readBookmarks } from './bookmarks';
import { createApollo } from './apollo';
import { mountHealthRoutes } from './health';
import { securityHeaders } from './security-headers';
import { mountExtraRoutes } from './routes';
import { mountClient, mountGraphiql, notFound } from './static';

export interface RunningApp { url: string; httpServer: http.Server; stop(): Promise<void> }

const JSON_BODY_LIMIT = '256kb';

/** Last resort for errors outside GraphQL (a malformed JSON body, a failing route). */
function httpErrorHandler(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) { next(err); return; }
  const status = typeof (err as { status?: unknown }).status === 'number' ? (err as { status: number }).status : 500;
  if (status >= 500) console.error('HTTP error:', err);
  const message = status < 500 ? 'The request body is not valid JSON, or is too large' : 'Internal server error';
  res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
}

export async function createApp(config: Config, db: Db): Promise<RunningApp> {
  const app = express();
  app.disable('x-powered-by');
  // Whether X-Forwarded-For/-Proto count (req.ip, req.secure): LINKAGE_TRUST_PROXY, off by default.
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders());
  const httpServer = http.createServer(app);
  const apollo = createApollo(config, httpServer);
  await apollo.start();

  mountHealthRoutes(app, db);
  mountGraphiql(app, config.clientDist);
  const apiDb = db.withTimeout(config.limits.queryTimeoutMs);
  mountAuthRoutes(app, { db: apiDb, accounts: config.accounts });
  const gate = signInGate({ db: apiDb, anonymousRead: config.accounts.anonymousRead });
  app.use('/export', gate);
  app.use('/graphql', gate, express.json({ limit: JSON_BODY_LIMIT }), expressMiddleware(apollo, {
    context: async ({ req, res }) => {
      const request: RequestState = { user: viewerOf(res), bookmarks: readBookmarks(req.headers), newBookmarks: [] };
      return createContext(apiDb.withBookmarks(request.bookmarks, request.newBookmarks), config.limits, request);
    },
  }));
  mountExtraRoutes(app, { config, db });
  mountClient(app, config.clientDist);
  app.use(notFound);
  app.use(httpErrorHandler);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => { httpServer.off('error', reject); resolve(); });
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    // apollo.stop() drains: no new connections, in-flight requests finish (up to the grace period).
    stopping ??= apollo.stop().finally(() => db.close());
    return stopping;
  };
  return { url: `http://${host}:${port}`, httpServer, stop };
}
