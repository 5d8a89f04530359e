// Linkage's own Neo4j: builds the Maven module in neo4j/ when needed, starts Neo4j Community embedded
// (linkage.Neo4jRunner) with plain `java`, waits until Bolt accepts a login, and stops it again.
// Nothing here is needed when NEO4J_URI points at an existing Neo4j.

import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import neo4j from 'neo4j-driver';

export interface LocalNeo4jOptions {
  port: number;
  password: string;
  /** Neo4j's home: databases, transaction logs and Neo4j's own log files (absolute or relative to the cwd). */
  dataDir: string;
  /** JVM heap, used for -Xms and -Xmx, e.g. "1g". */
  heap: string;
  /** Neo4j page cache (off-heap), e.g. "512m". */
  pageCache: string;
  /** Receives the launcher's and the database's output lines; default: console output prefixed with [neo4j]. */
  log?: (line: string) => void;
  /** How long to wait for Bolt to accept a login after the JVM starts; default 120 s (the build is not counted). */
  startTimeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  /** Pid of the java process. */
  pid: number;
  /** Stops the database cleanly (SIGTERM, then SIGKILL after 30 s) and removes the pid file; safe to call twice. */
  stop(): Promise<void>;
  /** Settles when the java process has exited, for whatever reason (never rejects). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export const NEO4J_VERSION = '5.26.30';
const USER = 'neo4j';
const MAIN_CLASS = 'linkage.Neo4jRunner';
const MIN_JAVA = 17;
const MIN_PASSWORD_LENGTH = 8;
const DEFAULT_START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
/** Extra time for the JVM to write its class-data archive after Neo4j itself has shut down (once per build). */
const CDS_DUMP_TIMEOUT_MS = 180_000;
const STOPPED_LINE = 'Linkage Neo4j stopped';
const PID_FILE = 'linkage-neo4j.pid';
const BUILD_STAMP = '.linkage-build-stamp';
const READY_RE = /^Linkage Neo4j (\S+) ready on (bolt:\/\/\S+)/;
const KEEP_LINES = 40;

// What Neo4j's own launcher passes to its JVM (conf/neo4j.conf, server.jvm.additional), minus the
// pre-touch of the whole heap, which only slows a dev start. The --add-opens flags are needed on
// Java 17+: without them the page cache falls back to a slower mode ("Reflection access to
// java.nio.DirectByteBuffer is not available") and transaction-log preallocation fails
// ("Incorrect file descriptor") in logs/debug.log.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

// Class-data sharing (AppCDS): Neo4j loads ~18,000 classes at start-up. The first start records them
// in an archive under neo4j/target/cds when it stops cleanly; later starts map that archive instead
// of loading and verifying every class again (much faster warm starts, a smaller RSS).
// LINKAGE_NEO4J_CDS=0 turns this off.
const CDS_QUIET = ['-Xlog:cds=off', '-Xlog:cds+dynamic=off'];
let cdsRecordings = 0;

const NEED_JAVA =
  `Java ${MIN_JAVA} or newer is required to run Linkage's own Neo4j: install it ` +
  `(Debian: apt-get install -y openjdk-17-jre-headless) or set NEO4J_URI to use an existing Neo4j`;
const NEED_MAVEN =
  "Maven is required to build Linkage's own Neo4j runtime (neo4j/pom.xml): install it " +
  '(Debian: apt-get install -y maven; it also needs a JDK: apt-get install -y openjdk-17-jdk-headless) ' +
  'or set NEO4J_URI to use an existing Neo4j';

// ---------------------------------------------------------------------------------------------
// Public API

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? ((line: string) => console.log(`[neo4j] ${line}`));
  validateOptions(opts);
  const dataDir = path.resolve(opts.dataDir);
  const timeoutMs = opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;

  const java = await checkJava();
  const paths = modulePaths();
  await buildIfNeeded(paths, log);
  const cds = await prepareCds(paths, java.version);

  await fs.promises.mkdir(dataDir, { recursive: true });
  await clearLeftover(dataDir, log);
  await assertPortFree(opts.port);

  const args = [
    `-Xms${opts.heap}`,
    `-Xmx${opts.heap}`,
    ...JVM_FLAGS,
    ...cds.flags,
    // A JVM crash report goes next to Neo4j's logs, not into the working directory.
    `-XX:ErrorFile=${path.join(dataDir, 'logs', 'hs_err_pid%p.log')}`,
    `-Dlinkage.neo4j.dataDir=${dataDir}`,
    '-cp',
    [paths.jar, path.join(paths.lib, '*')].join(path.delimiter),
    MAIN_CLASS,
    String(opts.port),
  ];
  const child = spawn(java.command, args, {
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

  const recent: string[] = [];
  let dbStopped = false;
  let readyUri: string | null = null;
  let onReady: ((uri: string) => void) | null = null;
  const forward = (line: string): void => {
    const clean = stripAnsi(line).trimEnd();
    if (clean === '') return;
    recent.push(clean);
    if (recent.length > KEEP_LINES) recent.shift();
    log(clean);
    if (clean === STOPPED_LINE) {
      dbStopped = true;
      if (cds.recording) log('Saving the class-data archive for faster starts (once per build; can take a while)…');
    }
    const m = READY_RE.exec(clean);
    if (m?.[2] && readyUri === null) {
      readyUri = m[2];
      onReady?.(readyUri);
    }
  };
  child.stdin?.on('error', () => undefined); // EPIPE once the child has exited
  if (child.stdout) readline.createInterface({ input: child.stdout }).on('line', forward);
  if (child.stderr) readline.createInterface({ input: child.stderr }).on('line', forward);

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    // 'close' rather than 'exit': by then every output line has been forwarded (and is in `recent`).
    child.once('close', (code, signal) => resolve({ code, signal }));
    child.once('error', () => resolve({ code: child.exitCode, signal: child.signalCode }));
  });

  const spawnError = await new Promise<Error | null>((resolve) => {
    child.once('spawn', () => resolve(null));
    child.once('error', (err) => resolve(err));
  });
  if (spawnError || child.pid === undefined) {
    throw new Error(`Could not start java for Linkage's Neo4j: ${spawnError?.message ?? 'no pid'}. ${NEED_JAVA}`);
  }
  const pid = child.pid;
  const spawnedAt = Date.now();
  const pidFile = path.join(dataDir, PID_FILE);
  await fs.promises.writeFile(pidFile, `${pid}\n${process.pid}\n`);

  let stopPromise: Promise<void> | null = null;
  const instance: Instance = {
    child,
    stop: () => {
      stopPromise ??= stopChild(child, pidFile, log, () => dbStopped)
        .then(() => (child.exitCode === 0 ? cds.afterCleanExit() : undefined))
        .finally(() => {
          running.delete(instance);
          updateProcessHandlers();
        });
      return stopPromise;
    },
  };
  running.add(instance);
  updateProcessHandlers();

  const lastLines = (): string => (recent.length ? `\nLast output:\n  ${recent.join('\n  ')}` : '');
  try {
    const uri = await withTimeout(
      new Promise<string>((resolve, reject) => {
        if (readyUri !== null) resolve(readyUri);
        onReady = resolve;
        void exited.then(({ code, signal }) => {
          reject(
            new Error(
              `Linkage's Neo4j exited during startup (${signal ?? `exit code ${String(code)}`}).` +
                ` Its logs are in ${path.join(dataDir, 'logs')}.${lastLines()}`,
            ),
          );
        });
      }),
      timeoutMs,
      () => new Error(`Linkage's Neo4j did not report ready within ${Math.round(timeoutMs / 1000)} s.${lastLines()}`),
    );
    await waitForBolt(uri, USER, opts.password, Math.max(5_000, timeoutMs - (Date.now() - spawnedAt)));
    return { uri, user: USER, password: opts.password, pid, stop: instance.stop, exited };
  } catch (err) {
    await instance.stop();
    throw err;
  }
}

/** Resolves once a driver can log in at uri; retries connection failures until timeoutMs, fails at once on bad credentials. */
export async function waitForBolt(uri: string, user: string, password: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      connectionTimeout: 2_000,
      connectionAcquisitionTimeout: 3_000,
      maxConnectionPoolSize: 1,
    });
    try {
      await driver.verifyConnectivity();
      return;
    } catch (err) {
      lastError = err;
      const code = (err as { code?: unknown }).code;
      if (typeof code === 'string' && code.startsWith('Neo.ClientError.Security.')) {
        throw new Error(`Neo4j at ${uri} refused the login of user ${user}: ${errorMessage(err)}`);
      }
    } finally {
      await driver.close();
    }
    if (Date.now() >= deadline) {
      throw new Error(`Neo4j at ${uri} did not accept connections within ${timeoutMs} ms: ${errorMessage(lastError)}`);
    }
    await sleep(Math.min(250, Math.max(0, deadline - Date.now())));
  }
}

// ---------------------------------------------------------------------------------------------
// Stopping, and not leaving orphans behind

interface Instance {
  child: ChildProcess;
  stop(): Promise<void>;
}

const running = new Set<Instance>();
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

async function stopChild(
  child: ChildProcess,
  pidFile: string,
  log: (line: string) => void,
  dbStopped: () => boolean,
): Promise<void> {
  if (isChildRunning(child)) {
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
  await removePidFile(pidFile, child.pid);
}

function isChildRunning(child: ChildProcess): boolean {
  return child.pid !== undefined && child.exitCode === null && child.signalCode === null;
}

function waitForChildExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (!isChildRunning(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      resolve(false);
    }, ms);
    const onExit = (): void => {
      clearTimeout(timer);
      resolve(true);
    };
    child.once('exit', onExit);
  });
}

async function removePidFile(pidFile: string, pid: number | undefined): Promise<void> {
  try {
    const [first] = (await fs.promises.readFile(pidFile, 'utf8')).split(/\s+/);
    if (pid === undefined || first === String(pid)) await fs.promises.rm(pidFile, { force: true });
  } catch {
    // Already gone.
  }
}

/** Handles a pid file left by an earlier run on the same data directory. */
async function clearLeftover(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, PID_FILE);
  let text: string;
  try {
    text = await fs.promises.readFile(pidFile, 'utf8');
  } catch {
    return;
  }
  const [javaField, launcherField] = text.trim().split(/\s+/);
  const javaPid = Number(javaField);
  const launcherPid = Number(launcherField);
  if (!Number.isInteger(javaPid) || javaPid <= 0 || !(await isLinkageNeo4j(javaPid, dataDir))) {
    await fs.promises.rm(pidFile, { force: true }); // stale: nothing of ours runs under that pid
    return;
  }
  if (Number.isInteger(launcherPid) && launcherPid > 0 && isAlive(launcherPid)) {
    throw new Error(
      `Linkage's Neo4j is already running on ${dataDir} (java pid ${javaPid}, started by process ${launcherPid}).` +
        ' Stop that one first, use another NEO4J_DATA_DIR and NEO4J_BOLT_PORT, or point NEO4J_URI at it.',
    );
  }
  log(`Stopping a leftover Linkage Neo4j (pid ${javaPid}) from an earlier run on ${dataDir}…`);
  signal(javaPid, 'SIGTERM');
  if (!(await waitForPidExit(javaPid, dataDir, STOP_TIMEOUT_MS))) {
    log(`Leftover Neo4j (pid ${javaPid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it`);
    signal(javaPid, 'SIGKILL');
    await waitForPidExit(javaPid, dataDir, 10_000);
  }
  await fs.promises.rm(pidFile, { force: true });
}

async function waitForPidExit(pid: number, dataDir: string, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!(await isLinkageNeo4j(pid, dataDir))) return true;
    await sleep(100);
  }
  return false;
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // Gone already.
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True if pid is a live (not zombie) Linkage Neo4j runner for dataDir. */
async function isLinkageNeo4j(pid: number, dataDir: string): Promise<boolean> {
  if (!isAlive(pid)) return false;
  let commandLine: string;
  try {
    commandLine = (await fs.promises.readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').join(' ');
  } catch {
    commandLine = await new Promise<string>((resolve) => {
      execFile('ps', ['-ww', '-o', 'args=', '-p', String(pid)], (err, stdout) => resolve(err ? '' : stdout));
    });
  }
  return commandLine.includes(MAIN_CLASS) && commandLine.includes(`-Dlinkage.neo4j.dataDir=${dataDir} `);
}

// ---------------------------------------------------------------------------------------------
// Prerequisites and build

interface ModulePaths {
  moduleDir: string;
  pom: string;
  src: string;
  jar: string;
  lib: string;
  stamp: string;
  cdsDir: string;
  buildLock: string;
}

function modulePaths(): ModulePaths {
  const moduleDir = path.join(findRepoRoot(), 'neo4j');
  const target = path.join(moduleDir, 'target');
  return {
    moduleDir,
    pom: path.join(moduleDir, 'pom.xml'),
    src: path.join(moduleDir, 'src'),
    jar: path.join(target, 'linkage-neo4j.jar'),
    lib: path.join(target, 'lib'),
    stamp: path.join(target, BUILD_STAMP),
    cdsDir: path.join(target, 'cds'),
    buildLock: path.join(target, '.build-lock'),
  };
}

function findRepoRoot(): string {
  const starts = [typeof __dirname === 'string' ? __dirname : null, process.cwd()];
  for (const start of starts) {
    if (start === null) continue;
    let dir = path.resolve(start);
    for (;;) {
      if (fs.existsSync(path.join(dir, 'neo4j', 'pom.xml')) && fs.existsSync(path.join(dir, 'package.json'))) return dir;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new Error("Cannot find Linkage's neo4j/pom.xml above the current directory");
}

function validateOptions(opts: LocalNeo4jOptions): void {
  if (!Number.isInteger(opts.port) || opts.port < 1 || opts.port > 65535) {
    throw new Error(`Invalid Bolt port ${String(opts.port)}: NEO4J_BOLT_PORT must be 1-65535`);
  }
  if (opts.password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`NEO4J_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters long (Neo4j's minimum)`);
  }
  if (!/^\d+[kmgtKMGT]?$/.test(opts.heap)) {
    throw new Error(`Invalid NEO4J_HEAP "${opts.heap}": use a JVM size such as 1g or 768m`);
  }
  if (!/^\d+[kmgtKMGT]?[bB]?$/.test(opts.pageCache)) {
    throw new Error(`Invalid NEO4J_PAGECACHE "${opts.pageCache}": use a size such as 512m or 1g`);
  }
  if (opts.dataDir.trim() === '') throw new Error('NEO4J_DATA_DIR is empty');
}

/** Returns the java command and its `java -version` text after checking that it runs and is new enough. */
async function checkJava(): Promise<{ command: string; version: string }> {
  const java = 'java';
  const result = await run(java, ['-version']);
  if (result.error) throw new Error(`${NEED_JAVA} (java was not found on PATH)`);
  const m = /version "(\d+)(?:\.(\d+))?/.exec(result.output);
  let major = m?.[1] ? Number(m[1]) : NaN;
  if (major === 1 && m?.[2]) major = Number(m[2]); // "1.8.0_392" style
  if (!Number.isFinite(major)) throw new Error(`${NEED_JAVA} (could not read the version from \`java -version\`)`);
  if (major < MIN_JAVA) throw new Error(`${NEED_JAVA} (found Java ${major})`);
  return { command: java, version: result.output.trim() };
}

interface CdsPlan {
  flags: string[];
  /** True when this run records the archive (at JVM exit, after Neo4j has shut down). */
  recording: boolean;
  /** Called after the java process exited with code 0: keeps a freshly written archive. */
  afterCleanExit(): Promise<void>;
}

/** Chooses the JVM flags that use, or record, the class-data-sharing archive for this build and JDK. */
async function prepareCds(paths: ModulePaths, javaVersion: string): Promise<CdsPlan> {
  const none: CdsPlan = { flags: [], recording: false, afterCleanExit: () => Promise.resolve() };
  if (process.env.LINKAGE_NEO4J_CDS === '0') return none;
  try {
    const stamp = await fs.promises.stat(paths.stamp);
    const key = createHash('sha256')
      .update(`${javaVersion}\n${stamp.mtimeMs}\n${NEO4J_VERSION}\n${JVM_FLAGS.join(' ')}`)
      .digest('hex')
      .slice(0, 16);
    const archive = path.join(paths.cdsDir, `${key}.jsa`);
    await fs.promises.mkdir(paths.cdsDir, { recursive: true });
    // Drop archives of older builds or JDKs, and half-written ones whose launcher is gone. (A running
    // JVM keeps its mapping of a deleted archive, so this never disturbs a Neo4j that is up.)
    for (const name of await fs.promises.readdir(paths.cdsDir)) {
      const tmpOwner = /\.(\d+)\.\d+\.tmp$/.exec(name)?.[1];
      const stale = name.endsWith('.jsa') ? name !== `${key}.jsa` : tmpOwner !== undefined && !isAlive(Number(tmpOwner));
      if (stale) await fs.promises.rm(path.join(paths.cdsDir, name), { force: true });
    }
    if (fs.existsSync(archive)) {
      return { flags: [`-XX:SharedArchiveFile=${archive}`, ...CDS_QUIET], recording: false, afterCleanExit: none.afterCleanExit };
    }

    const tmp = path.join(paths.cdsDir, `${key}.${process.pid}.${++cdsRecordings}.tmp`);
    return {
      flags: [`-XX:ArchiveClassesAtExit=${tmp}`, ...CDS_QUIET],
      recording: true,
      afterCleanExit: async () => {
        try {
          if (fs.existsSync(archive)) await fs.promises.rm(tmp, { force: true });
          else await fs.promises.rename(tmp, archive);
        } catch {
          // No archive this time (e.g. the JVM could not write it); the next start tries again.
        }
      },
    };
  } catch {
    return none;
  }
}

async function buildIfNeeded(paths: ModulePaths, log: (line: string) => void): Promise<void> {
  if (await isBuildFresh(paths)) return;
  const mvn = await run('mvn', ['-v']);
  if (mvn.error) throw new Error(`${NEED_MAVEN} (mvn was not found on PATH)`);
  // Several processes (test workers, a second terminal) may start at once: one builds, the others wait.
  const release = await acquireBuildLock(paths, log);
  try {
    if (await isBuildFresh(paths)) return; // built by another process while this one waited
    await runBuild(paths, log);
  } finally {
    await release();
  }
}

async function acquireBuildLock(paths: ModulePaths, log: (line: string) => void): Promise<() => Promise<void>> {
  const lock = paths.buildLock;
  const ownerFile = path.join(lock, 'owner');
  await fs.promises.mkdir(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  let announced = false;
  for (;;) {
    try {
      await fs.promises.mkdir(lock);
      await fs.promises.writeFile(ownerFile, `${process.pid}\n`);
      return () => fs.promises.rm(lock, { recursive: true, force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = Number((await fs.promises.readFile(ownerFile, 'utf8').catch(() => '')).trim());
    const age = Date.now() - (await fs.promises.stat(lock).then((st) => st.mtimeMs).catch(() => Date.now()));
    if ((owner > 0 && !isAlive(owner)) || (!(owner > 0) && age > 60_000)) {
      await fs.promises.rm(lock, { recursive: true, force: true }); // left by a build that died
      continue;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for another build of the Neo4j runtime (lock ${lock})`);
    if (!announced) {
      log(`Waiting for another process (pid ${owner || '?'}) that is building the Neo4j runtime…`);
      announced = true;
    }
    await sleep(500);
  }
}

async function runBuild(paths: ModulePaths, log: (line: string) => void): Promise<void> {
  log('Building the Neo4j runtime (first run downloads Neo4j from Maven Central)…');
  const started = Date.now();
  const recent: string[] = [];
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn('mvn', ['-q', '-B', '-Dstyle.color=never', 'package', '-DskipTests'], {
      cwd: paths.moduleDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    building = child;
    const forward = (line: string): void => {
      const clean = stripAnsi(line).trimEnd();
      if (clean === '') return;
      recent.push(clean);
      if (recent.length > KEEP_LINES) recent.shift();
      log(clean);
    };
    if (child.stdout) readline.createInterface({ input: child.stdout }).on('line', forward);
    if (child.stderr) readline.createInterface({ input: child.stderr }).on('line', forward);
    child.once('error', () => resolve(null));
    child.once('close', (c) => resolve(c));
  }).finally(() => {
    building = null;
  });
  if (code !== 0 || !fs.existsSync(paths.jar) || !fs.existsSync(paths.lib)) {
    throw new Error(
      `Building the Neo4j runtime failed (mvn package in ${paths.moduleDir}, exit ${String(code)}).` +
        (recent.length ? `\nLast output:\n  ${recent.join('\n  ')}` : ''),
    );
  }
  await fs.promises.writeFile(paths.stamp, `${new Date().toISOString()}\n`);
  log(`Built the Neo4j runtime in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The build is fresh when its stamp (written after a successful build) is newer than pom.xml and every source file. */
async function isBuildFresh(paths: ModulePaths): Promise<boolean> {
  try {
    const [stamp, libEntries] = await Promise.all([fs.promises.stat(paths.stamp), fs.promises.readdir(paths.lib)]);
    await fs.promises.access(paths.jar);
    if (!libEntries.some((f) => f.startsWith(`neo4j-${NEO4J_VERSION}`))) return false;
    const newestInput = Math.max((await fs.promises.stat(paths.pom)).mtimeMs, await newestMtime(paths.src));
    return stamp.mtimeMs >= newestInput;
  } catch {
    return false;
  }
}

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await fs.promises.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const mtime = entry.isDirectory() ? await newestMtime(full) : (await fs.promises.stat(full)).mtimeMs;
    newest = Math.max(newest, mtime);
  }
  return newest;
}

async function assertPortFree(port: number): Promise<void> {
  const problem = await new Promise<string | null>((resolve) => {
    const server = net.createServer();
    server.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(null)));
  });
  if (problem === 'EADDRINUSE') {
    throw new Error(
      `Port ${port} on 127.0.0.1 is already in use, so Linkage's Neo4j cannot listen there: ` +
        'stop whatever uses it, or choose another port with NEO4J_BOLT_PORT.',
    );
  }
  if (problem !== null) throw new Error(`Cannot listen on 127.0.0.1:${port} for Linkage's Neo4j (${problem})`);
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function run(cmd: string, args: string[]): Promise<{ error: Error | null; output: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: 30_000 }, (err, stdout, stderr) => {
      const notFound = err !== null && (err as NodeJS.ErrnoException).code === 'ENOENT';
      resolve({ error: notFound ? err : null, output: `${stdout}${stderr}` });
    });
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(onTimeout()), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function stripAnsi(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
}
