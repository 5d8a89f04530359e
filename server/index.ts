// Entry point for `npm start` (scripts/start.ts) and anything else that hosts the API.
import { ensureAccountsSchema } from './accounts';
import type { Config } from './config';
import type { Db } from './db';
import { createApp } from './app';
import type { RunningApp } from './app';

export { createApp } from './app';
export type { RunningApp } from './app';

export async function startServer({ config, db }: { config: Config; db: Db }): Promise<RunningApp> {
  // Before listening, so that the first sign-in finds the constraints and the system accounts.
  await ensureAccountsSchema(db);
  const app = await createApp(config, db);
  const port = new URL(app.url).port;
  console.log(`Linkage ready on http://localhost:${port} (GraphQL at /graphql)`);
  return app;
}
