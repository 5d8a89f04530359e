// Extra HTTP routes beside GraphQL. File exports (/export/*) and any later download or webhook
// routes are mounted here, before the page's catch-all, so they are never shadowed by it.
import type { Express } from 'express';
import type { Config } from '../config';
import type { Db } from '../db';

export interface RouteDeps { config: Config; db: Db }

export function mountExtraRoutes(_app: Express, _deps: RouteDeps): void {
  // Intentionally empty until the export routes land: mountExportRoutes(app, { db: deps.db }).
}
