// Starts Linkage's own Neo4j: prerequisites and build first, then plain `java` running
// linkage.Neo4jRunner, then waits for its ready line and a successful Bolt login.

import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { waitForBolt } from './bolt';
import { buildIfNeeded } from './build';
import { forwardChildOutput } from './child-output';
import { planClassArchive } from './class-archive';
import { trackRunning, untrackRunning } from './exit-cleanup';
import type { RunningNeo4j } from './exit-cleanup';
import { modulePaths } from './module-paths';
import type { ModulePaths } from './module-paths';
import { DEFAULT_START_TIMEOUT_MS, validateOptions } from './options';
import type { ChildExit, LocalNeo4j, LocalNeo4jOptions } from './options';
import { clearLeftover, pidFilePath, removePidFile, writePidFile } from './pid-file';
import { NEED_JAVA, assertPortFree, checkJava } from './preflight';
import { JVM_FLAGS, MAIN_CLASS, NEO4J_USER, READY_LINE, STOPPED_LINE, dataDirProperty } from './runner-contract';
import { stopChild } from './stop-child';
import { withTimeout } from './timing';

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? ((line: string) => console.log(`[neo4j] ${line}`));
  validateOptions(opts);
  const dataDir = path.resolve(opts.dataDir);
  const timeoutMs = opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;

  const java = await checkJava();
  const paths = modulePaths();
  await buildIfNeeded(paths, log);
  const classArchive = await planClassArchive(paths, java.version, opts.classDataSharing ?? true);

  await fs.promises.mkdir(dataDir, { recursive: true });
  await clearLeftover(dataDir, log);
  await assertPortFree(opts.port);

  const child = spawn(java.command, jvmArgs(opts, dataDir, paths, classArchive.flags), {
    cwd: dataDir,
    env: {
      ...process.env,
      NEO4J_BOLT_PORT: String(opts.port),
      NEO4J_PASSWORD: opts.password,
      NEO4J_DATA_DIR: dataDir,
      NEO4J_PAGECACHE: opts.pageCache,
      // The runner shuts down when this pipe closes, i.e. when this process is gone, even by SIGKILL.
      LINKAGE_NEO4J_EXIT_ON_STDIN_EOF: '1',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });

  let dbStopped = false;
  let readyUri: string | null = null;
  let onReady: ((uri: string) => void) | null = null;
  child.stdin?.on('error', () => undefined); // EPIPE once the child has exited
  const output = forwardChildOutput(child, log, (line) => {
    if (line === STOPPED_LINE) {
      dbStopped = true;
      if (classArchive.recording) log('Saving the class-data archive for faster starts (once per build; can take a while)…');
    }
    const m = READY_LINE.exec(line);
    if (m?.[2] && readyUri === null) {
      readyUri = m[2];
      onReady?.(readyUri);
    }
  });

  const exited = new Promise<ChildExit>((resolve) => {
    // 'close' rather than 'exit': by then every output line has been forwarded (and is in the output's last lines).
    child.once('close', (code, signal) => resolve({ code, signal }));
    child.once('error', () => resolve({ code: child.exitCode, signal: child.signalCode }));
  });

  const pid = await spawnedPid(child);
  const spawnedAt = Date.now();
  const pidFile = pidFilePath(dataDir);
  await writePidFile(pidFile, pid);

  let stopPromise: Promise<void> | null = null;
  const instance: RunningNeo4j = {
    child,
    stop: () => {
      stopPromise ??= stopChild(child, log, () => dbStopped)
        .then(() => removePidFile(pidFile, child.pid))
        .then(() => (child.exitCode === 0 ? classArchive.afterCleanExit() : undefined))
        .finally(() => untrackRunning(instance));
      return stopPromise;
    },
  };
  trackRunning(instance);

  try {
    const uri = await withTimeout(
      new Promise<string>((resolve, reject) => {
        if (readyUri !== null) resolve(readyUri);
        onReady = resolve;
        void exited.then(({ code, signal }) => {
          reject(
            new Error(
              `Linkage's Neo4j exited during startup (${signal ?? `exit code ${String(code)}`}).` +
                ` Its logs are in ${path.join(dataDir, 'logs')}.${output.lastLines()}`,
            ),
          );
        });
      }),
      timeoutMs,
      () => new Error(`Linkage's Neo4j did not report ready within ${Math.round(timeoutMs / 1000)} s.${output.lastLines()}`),
    );
    await waitForBolt(uri, NEO4J_USER, opts.password, Math.max(5_000, timeoutMs - (Date.now() - spawnedAt)));
    return { uri, user: NEO4J_USER, password: opts.password, pid, stop: instance.stop, exited };
  } catch (err) {
    await instance.stop();
    throw err;
  }
}

function jvmArgs(opts: LocalNeo4jOptions, dataDir: string, paths: ModulePaths, classArchiveFlags: string[]): string[] {
  return [
    `-Xms${opts.heap}`,
    `-Xmx${opts.heap}`,
    ...JVM_FLAGS,
    ...classArchiveFlags,
    // A JVM crash report goes next to Neo4j's logs, not into the working directory.
    `-XX:ErrorFile=${path.join(dataDir, 'logs', 'hs_err_pid%p.log')}`,
    dataDirProperty(dataDir),
    '-cp',
    [paths.jar, path.join(paths.lib, '*')].join(path.delimiter),
    MAIN_CLASS,
    String(opts.port),
  ];
}

/** Resolves with the child's pid once it runs; rejects with install advice when java could not be started. */
async function spawnedPid(child: ChildProcess): Promise<number> {
  const spawnError = await new Promise<Error | null>((resolve) => {
    child.once('spawn', () => resolve(null));
    child.once('error', (err) => resolve(err));
  });
  if (spawnError || child.pid === undefined) {
    throw new Error(`Could not start java for Linkage's Neo4j: ${spawnError?.message ?? 'no pid'}. ${NEED_JAVA}`);
  }
  return child.pid;
}
