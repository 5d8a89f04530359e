// Entry point for `npm start` (scripts/start.ts) and anything else that hosts the API.
import { ensureAccountsSchema } from './accounts';
import { ensureNotesSchema } from './services/notes-store';
import type { Config } from './config';
import type { Db } from './db';
import { createApp } from './app';
import { ensureViewsSchema } from './services/views';
import { ensureTallies } from './tally';
import type { AppServices, RunningApp } from './app';

export { createApp } from './app';
export type { AppServices, RunningApp } from './app';

export async function startServer({ config, db, ...services }: { config: Config; db: Db } & AppServices): Promise<RunningApp> {
  // Before listening, so that the first sign-in finds the constraints and the system accounts.
  await ensureAccountsSchema(db);
  // A database seeded before notes existed gets their constraints here (the seed only runs when it changed).
  await ensureNotesSchema(db);
  await ensureViewsSchema(db);
  // A database loaded before the kept counts, or by neo4j-admin, counts them once here.
  const tallies = await ensureTallies(db);
  const app = await createApp(config, db, services);
  const port = new URL(app.url).port;
  if (tallies.rebuilt) app.logger.info({ ms: tallies.ms, keys: tallies.keys }, 'Counted the kept tallies from scratch');
  app.logger.info({ url: app.url }, `Linkage ready on http://localhost:${port} (GraphQL at /graphql)`);
  return app;
}
