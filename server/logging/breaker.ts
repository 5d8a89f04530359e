// What the breaker's state changes look like in the log: the outage once when it starts (warn),
// a reminder every STILL_DOWN_EVERY_MS while it lasts, the recovery with its length (info).
// Failed probes in between go to debug, so an outage of an hour is a few lines, not thousands.
import type { BreakerChange, CircuitBreaker } from '../db';
import type { Logger } from './index';

export const STILL_DOWN_EVERY_MS = 30_000;

/** Logs `breaker`'s changes as component "neo4j"; returns the function that stops it. */
export function logBreaker(breaker: CircuitBreaker, logger: Logger, target: string): () => void {
  const log = logger.child({ component: 'neo4j' });
  let downSince = 0;
  let lastReminder = 0;
  const onChange = ({ from, to, reason, downMs }: BreakerChange): void => {
    if (from === 'closed' && to === 'open') {
      downSince = lastReminder = Date.now();
      log.warn({ target, reason }, 'Neo4j does not answer: answering 503 SERVICE_UNAVAILABLE at once and probing in the background');
    } else if (to === 'closed') {
      log.info({ target, downMs }, `Neo4j answers again after ${((downMs ?? 0) / 1000).toFixed(1)} s`);
    }
  };
  const onProbe = ({ ok, ms, error }: { ok: boolean; ms: number; error?: unknown }): void => {
    if (ok || breaker.state === 'closed') return;
    log.debug({ target, ms, reason: error instanceof Error ? error.message : String(error) }, 'probe failed');
    if (Date.now() - lastReminder >= STILL_DOWN_EVERY_MS) {
      lastReminder = Date.now();
      log.warn({ target }, `Neo4j still does not answer after ${Math.round((Date.now() - downSince) / 1000)} s; still probing`);
    }
  };
  breaker.on('change', onChange);
  breaker.on('probe', onProbe);
  return () => {
    breaker.off('change', onChange);
    breaker.off('probe', onProbe);
  };
}
