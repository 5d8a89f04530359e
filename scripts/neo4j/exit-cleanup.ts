// Keeps track of every Neo4j and Maven build this process started, so that none outlives it: they
// are stopped when the process exits or is signalled, or when a CLI calls stopAllLocalNeo4j().

import type { ChildProcess } from 'node:child_process';
import { isChildRunning } from './processes';

export interface RunningNeo4j {
  child: ChildProcess;
  stop(): Promise<void>;
}

const running = new Set<RunningNeo4j>();
let handlersInstalled = false;
/** The Maven build in progress, if any, so that it can be ended with its parent. */
let building: ChildProcess | null = null;

/**
 * Stops every Neo4j this process started, including one still starting (its startLocalNeo4j()
 * then rejects), and ends a build in progress. For CLIs that handle SIGINT/SIGTERM themselves.
 */
export async function stopAllLocalNeo4j(): Promise<void> {
  if (building && isChildRunning(building)) building.kill('SIGTERM');
  await Promise.allSettled([...running].map((i) => i.stop()));
}

export function trackRunning(instance: RunningNeo4j): void {
  running.add(instance);
  updateProcessHandlers();
}

export function untrackRunning(instance: RunningNeo4j): void {
  running.delete(instance);
  updateProcessHandlers();
}

export function trackBuild(child: ChildProcess | null): void {
  building = child;
}

function onParentExit(): void {
  // Only synchronous work is possible here; the runner shuts down cleanly on SIGTERM by itself.
  for (const { child } of running) {
    if (isChildRunning(child)) child.kill('SIGTERM');
  }
  if (building && isChildRunning(building)) building.kill('SIGTERM');
}

function onParentSignal(signal: NodeJS.Signals): void {
  void stopAllLocalNeo4j().then(() => {
    // If nobody else handles this signal, behave as if we had not intercepted it: die of it.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  });
}

// Installed only while a Neo4j runs, so that an idle launcher neither keeps signals from their
// default action nor shows up as a listener in the host program.
function updateProcessHandlers(): void {
  if (running.size > 0 && !handlersInstalled) {
    process.on('exit', onParentExit);
    process.on('SIGINT', onParentSignal);
    process.on('SIGTERM', onParentSignal);
    process.on('SIGHUP', onParentSignal);
    handlersInstalled = true;
  } else if (running.size === 0 && handlersInstalled) {
    process.off('exit', onParentExit);
    process.off('SIGINT', onParentSignal);
    process.off('SIGTERM', onParentSignal);
    process.off('SIGHUP', onParentSignal);
    handlersInstalled = false;
  }
}
