// How the commands (`npm run import`, `npm run users`) reach the database `npm start` uses: the
// Neo4j at NEO4J_URI when set; else Linkage's own on NEO4J_BOLT_PORT when it is running (under
// `npm start` or `npm run neo4j`); else Linkage's own, started for the duration of the command.
import type { Config } from '../../server/config';
import { Db } from '../../server/db';
import { startLocalNeo4j } from '../neo4j';
import type { LocalNeo4j } from '../neo4j';

/** Runs `work` against the configured Neo4j, starting Linkage's own when none answers. */
export async function withDb<T>(config: Config, work: (db: Db, uri: string) => Promise<T>): Promise<T> {
  let local: LocalNeo4j | null = null;
  let uri = config.neo4j.uri ?? `bolt://127.0.0.1:${config.neo4j.boltPort}`;
  let db = new Db({ uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database });
  try {
    if (!(await db.ping())) {
      if (config.neo4j.uri) {
        throw new Error(`No Neo4j answers at ${uri} (NEO4J_URI): start that database, or unset NEO4J_URI to use Linkage's own (npm start or npm run neo4j start it; without either, this command starts it for itself)`);
      }
      await db.close();
      console.error(`No Neo4j answers at ${uri}; starting Linkage's own for this command (npm start or npm run neo4j keep it running)…`);
      local = await startLocalNeo4j({ port: config.neo4j.boltPort, password: config.neo4j.password, dataDir: config.neo4j.dataDir, heap: config.neo4j.heap, pageCache: config.neo4j.pageCache, classDataSharing: config.neo4j.classDataSharing, log: () => undefined });
      uri = local.uri;
      db = new Db({ uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database });
    }
    return await work(db, uri);
  } finally {
    await db.close();
    await local?.stop();
  }
}
