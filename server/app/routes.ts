// Extra HTTP routes beside GraphQL: file exports (/export/*) today, and any later download or
// webhook routes. Mounted before the page's catch-all, so they are never shadowed by it.
import type { Express } from 'express';
import type { Config } from '../config';
import type { Db } from '../db';
import { mountExportRoutes } from '../export';
import type { Logger } from '../logging';

export interface RouteDeps { config: Config; db: Db; logger: Logger }

export function mountExtraRoutes(app: Express, deps: RouteDeps): void {
  mountExportRoutes(app, { db: deps.db, logger: deps.logger });
}
