// /healthz: the process answers. /readyz: and Neo4j answers too (for load balancers and start scripts).
import type { Express } from 'express';
import type { Db } from '../db';

export function mountHealthRoutes(app: Express, db: Db): void {
  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res, next) => {
    db.ping()
      .then((up) => {
        res.set('Cache-Control', 'no-store').status(up ? 200 : 503).json(up ? { status: 'ready' } : { status: 'unavailable', reason: 'Neo4j does not answer' });
      })
      .catch(next);
  });
}
