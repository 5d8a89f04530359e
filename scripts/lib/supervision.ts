// What `npm start` does when its supervised Neo4j dies or comes back: the breaker opens at once
// (no request waits for a Neo4j known to be gone), a restart is counted and probed for at once,
// and giving up is the host's call (start.ts exits, for a process manager to take over).
import type { SupervisedNeo4j } from '../neo4j';
import type { Db } from '../../server/db';
import type { Metrics } from '../../server/metrics';

export function connectSupervision(neo: SupervisedNeo4j, db: Db, metrics: Metrics, onGiveUp: () => void): void {
  neo.on('down', ({ exit }) => db.breaker.trip(`Linkage's Neo4j died (${exit.signal ?? `exit code ${String(exit.code)}`})`));
  neo.on('up', () => {
    metrics.neo4jRestarts.inc();
    db.breaker.probeNow();
  });
  neo.on('gave-up', onGiveUp);
}
