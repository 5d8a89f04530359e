// Builds the Maven module in neo4j/ (the runner class and Neo4j's jars in target/lib) when it is
// missing or older than its sources. Several processes (test workers, a second terminal) may start
// at once: one builds under a lock directory, the others wait for it and reuse its build.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { forwardChildOutput } from './child-output';
import { trackBuild } from './exit-cleanup';
import type { ModulePaths } from './module-paths';
import type { LogLine } from './options';
import { checkMaven } from './preflight';
import { isAlive } from './processes';
import { NEO4J_VERSION } from './runner-contract';
import { sleep } from './timing';

const LOCK_WAIT_MS = 15 * 60_000; // a first build downloads Neo4j, which can take minutes
/** A lock without an owner file this old was left by a build that died between mkdir and writing the owner. */
const OWNERLESS_LOCK_MS = 60_000;

export async function buildIfNeeded(paths: ModulePaths, log: LogLine): Promise<void> {
  if (await isBuildFresh(paths)) return;
  await checkMaven();
  const release = await acquireBuildLock(paths, log);
  try {
    if (await isBuildFresh(paths)) return; // built by another process while this one waited
    await runBuild(paths, log);
  } finally {
    await release();
  }
}

/** mkdir is atomic, so the directory itself is the lock; its owner file lets others detect a dead owner. */
async function acquireBuildLock(paths: ModulePaths, log: LogLine): Promise<() => Promise<void>> {
  const lock = paths.buildLock;
  const ownerFile = path.join(lock, 'owner');
  await fs.promises.mkdir(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
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
    if ((owner > 0 && !isAlive(owner)) || (!(owner > 0) && age > OWNERLESS_LOCK_MS)) {
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

async function runBuild(paths: ModulePaths, log: LogLine): Promise<void> {
  log('Building the Neo4j runtime (first run downloads Neo4j from Maven Central)…');
  const started = Date.now();
  const child = spawn('mvn', ['-q', '-B', '-Dstyle.color=never', 'package', '-DskipTests'], {
    cwd: paths.moduleDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  trackBuild(child);
  const output = forwardChildOutput(child, log);
  const code = await new Promise<number | null>((resolve) => {
    child.once('error', () => resolve(null));
    child.once('close', (c) => resolve(c));
  }).finally(() => {
    trackBuild(null);
  });
  if (code !== 0 || !fs.existsSync(paths.jar) || !fs.existsSync(paths.lib)) {
    throw new Error(
      `Building the Neo4j runtime failed (mvn package in ${paths.moduleDir}, exit ${String(code)}).${output.lastLines()}`,
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
