// The pid file in the data directory ("<java pid>\n<launcher pid>\n"): lets a later start on the same
// data directory stop a Neo4j left running by a launcher that crashed, and refuse to start a second
// Neo4j next to one whose launcher is still alive.

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { LogLine } from './options';
import { isAlive, signal } from './processes';
import { MAIN_CLASS, dataDirProperty } from './runner-contract';
import { STOP_TIMEOUT_MS } from './stop-child';
import { sleep } from './timing';

const PID_FILE = 'linkage-neo4j.pid';

export function pidFilePath(dataDir: string): string {
  return path.join(dataDir, PID_FILE);
}

export async function writePidFile(pidFile: string, javaPid: number): Promise<void> {
  await fs.promises.writeFile(pidFile, `${javaPid}\n${process.pid}\n`);
}

/** Removes the pid file unless it now names another java process (a later start on the same data directory). */
export async function removePidFile(pidFile: string, pid: number | undefined): Promise<void> {
  try {
    const [first] = (await fs.promises.readFile(pidFile, 'utf8')).split(/\s+/);
    if (pid === undefined || first === String(pid)) await fs.promises.rm(pidFile, { force: true });
  } catch {
    // Already gone.
  }
}

/** Handles a pid file left by an earlier run on the same data directory. */
export async function clearLeftover(dataDir: string, log: LogLine): Promise<void> {
  const pidFile = pidFilePath(dataDir);
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

/** True if pid is a live (not zombie) Linkage Neo4j runner for dataDir, so that a reused pid is never signalled. */
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
  return commandLine.includes(MAIN_CLASS) && commandLine.includes(`${dataDirProperty(dataDir)} `);
}
