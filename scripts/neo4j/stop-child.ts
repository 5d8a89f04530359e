// Stopping one Neo4j child: SIGTERM lets the runner shut the database down cleanly; SIGKILL is the
// last resort, because a killed Neo4j has to recover its store at the next start.

import type { ChildProcess } from 'node:child_process';
import type { LogLine } from './options';
import { isChildRunning, waitForChildExit } from './processes';

export const STOP_TIMEOUT_MS = 30_000;
/** Extra time for the JVM to write its class-data archive after Neo4j itself has shut down (once per build). */
const CDS_DUMP_TIMEOUT_MS = 180_000;

export async function stopChild(child: ChildProcess, log: LogLine, dbStopped: () => boolean): Promise<void> {
  if (!isChildRunning(child)) return;
  child.kill('SIGTERM');
  let exited = await waitForChildExit(child, STOP_TIMEOUT_MS);
  // Neo4j has shut down cleanly and only the JVM's class-data dump is still running: no need to kill it yet.
  if (!exited && dbStopped()) exited = await waitForChildExit(child, CDS_DUMP_TIMEOUT_MS);
  if (!exited) {
    log(`Neo4j (pid ${String(child.pid)}) did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it`);
    child.kill('SIGKILL');
    await waitForChildExit(child, 10_000);
  }
}
