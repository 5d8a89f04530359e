// The HTTP server: GraphQL at /graphql, health at /healthz and /readyz, metrics at /metrics,
// exports and the page; one log line per request.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { mountAuthRoutes, signInGate, viewerOf } from '../accounts';
import type { Config } from '../config';
import type { Db } from '../db';
import { createLogger } from '../logging';
import type { Logger } from '../logging';
import { logBreaker } from '../logging/breaker';
import { Metrics } from '../metrics';
import { createContext } from '../resolvers';
import type { RequestState } from '../resolvers';
import { readBookmarks } from './bookmarks';
import { createApollo } from './apollo';
import { failFastWhileDown } from './fail-fast';
import { RateLimits, rateKeyOf } from './rate-limit';
import { mountHealthRoutes } from './health';
import { recordContext, requestLog, requestRecord } from './request-log';
import { securityHeaders } from './security-headers';
import { mountExtraRoutes } from './routes';
import { mountClient, mountGraphiql, notFound } from './static';

export interface RunningApp { url: string; httpServer: http.Server; logger: Logger; metrics: Metrics; stop(): Promise<void> }

/** What the host may hand in instead of the defaults (a logger from config.log, fresh metrics). */
export interface AppServices { logger?: Logger; metrics?: Metrics }

// Room for the largest article intake takes (limits.maxArticleChars, 200,000 characters) at up to
// four UTF-8 bytes each, plus the JSON around it; GraphQL's own limits (tokens, cost) still apply.
const JSON_BODY_LIMIT = '1mb';

/** Last resort for errors outside GraphQL (a malformed JSON body, a failing route). */
function httpErrorHandler(logger: Logger) {
  return (err: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) { next(err); return; }
    const status = typeof (err as { status?: unknown }).status === 'number' ? (err as { status: number }).status : 500;
    if (status >= 500) logger.error({ err }, 'HTTP error');
    const message = status < 500 ? 'The request body is not valid JSON, or is too large' : 'Internal server error';
    const code = status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    requestRecord(res).errorCodes.push(code);
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}

export async function createApp(config: Config, db: Db, services: AppServices = {}): Promise<RunningApp> {
  const logger = services.logger ?? createLogger(config.log);
  const metrics = services.metrics ?? new Metrics();
  const app = express();
  app.disable('x-powered-by');
  // Whether X-Forwarded-For/-Proto count (req.ip, req.secure): LINKAGE_TRUST_PROXY, off by default.
  app.set('trust proxy', config.trustProxy);
  app.use(requestLog(logger, metrics));
  app.use(securityHeaders());
  const httpServer = http.createServer(app);
  const rateLimits = new RateLimits(config.rateLimits);
  const apollo = createApollo(config, httpServer, logger, rateLimits);
  await apollo.start();
  const unwatch = [metrics.watch(db), logBreaker(db.breaker, logger, db.target)];
  db.breaker.monitor();

  mountHealthRoutes(app, db);
  app.get('/metrics', (_req, res, next) => {
    metrics.text().then((text) => res.set('Cache-Control', 'no-store').type(metrics.contentType).send(text), next);
  });
  mountGraphiql(app, config.clientDist);
  app.use(['/graphql', '/export'], failFastWhileDown(db));
  const apiDb = db.withTimeout(config.limits.queryTimeoutMs);
  app.post('/auth/login', rateLimits.middleware('login'));
  mountAuthRoutes(app, { db: apiDb, accounts: config.accounts });
  const gate = signInGate({ db: apiDb, anonymousRead: config.accounts.anonymousRead });
  // After the gate, so that a signed-in client is counted by account.
  app.use('/export', gate, rateLimits.middleware('request'));
  app.use('/graphql', gate, rateLimits.middleware('request'), express.json({ limit: JSON_BODY_LIMIT }), expressMiddleware(apollo, {
    context: async ({ req, res }) => {
      const request: RequestState = { user: viewerOf(res), bookmarks: readBookmarks(req.headers), newBookmarks: [], rateKey: rateKeyOf(res) };
      return recordContext(createContext(apiDb.withBookmarks(request.bookmarks, request.newBookmarks), config.limits, request), res);
    },
  }));
  mountExtraRoutes(app, { config, db, logger });
  mountClient(app, config.clientDist);
  app.use(notFound);
  app.use(httpErrorHandler(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => { httpServer.off('error', reject); resolve(); });
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    // apollo.stop() drains: no new connections, in-flight requests finish (up to the grace period).
    stopping ??= apollo.stop().finally(() => {
      for (const stopWatching of unwatch) stopWatching();
      return db.close();
    });
    return stopping;
  };
  return { url: `http://${host}:${port}`, httpServer, logger, metrics, stop };
}
