// /healthz: the process answers. /readyz: and Neo4j answers a real read query, with the breaker
// closed (for load balancers and start scripts). A Bolt login alone is not enough: a starting
// Neo4j accepts logins 6-12 s before it answers queries.
import type { Express } from 'express';
import type { Db } from '../db';

export function mountHealthRoutes(app: Express, db: Db): void {
  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res, next) => {
    db.ready()
      .then((up) => {
        res.set('Cache-Control', 'no-store');
        if (up) {
          res.status(200).json({ status: 'ready' });
        } else {
          res.set('Retry-After', String(db.breaker.retryAfterSeconds())).status(503).json({ status: 'unavailable', reason: 'Neo4j does not answer' });
        }
      })
      .catch(next);
  });
}
