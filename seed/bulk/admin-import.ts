// Runs Neo4j's offline importer, `neo4j-admin database import full`, from the jars of the
// org.neo4j:neo4j artifact the neo4j/ Maven module already downloads (neo4j-import-tool and
// neo4j-command-line are among them; org.neo4j.cli.AdminTool is what the neo4j-admin script
// starts). It writes a new store for the database `neo4j` in <dataDir>/data, the layout the
// embedded runner opens (scripts/neo4j), so the database must be stopped and the folder new.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildIfNeeded } from '../../scripts/neo4j/build';
import { forwardChildOutput } from '../../scripts/neo4j/child-output';
import { modulePaths } from '../../scripts/neo4j/module-paths';
import { checkJava } from '../../scripts/neo4j/preflight';
import { ARRAY_DELIMITER_OPTION } from './admin-csv';
import type { BulkFiles } from './writer';

const ADMIN_MAIN = 'org.neo4j.cli.AdminTool';

export interface AdminImportOptions {
  dataDir: string;
  files: BulkFiles;
  /** The importer's JVM heap (its big structures are off-heap), e.g. "2g"; 1g ran out after the node stage at L. */
  heap?: string;
  /** neo4j-admin's --max-off-heap-memory, e.g. "3g"; the machine is shared, so never its default 90%. */
  offHeap?: string;
  threads?: number;
  log: (line: string) => void;
}

/** Files that hold a store already: a bulk import only ever goes into a new one. */
export function storeExists(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, 'data', 'databases', 'neo4j'));
}

const MIB = 1 << 20;
/** neo4j-admin's own default read buffer. */
const DEFAULT_READ_BUFFER = 4 * MIB;

/**
 * A read buffer that holds the longest line written (a source's revision holds its whole article
 * as one JSON line, megabytes at L), in whole MiB; neo4j-admin fails on a line longer than its
 * buffer ("Tried to read a field larger than the current buffer size").
 */
export function readBufferBytes(longestLine: number): number {
  const worstBytes = longestLine * 3;
  return Math.max(DEFAULT_READ_BUFFER, Math.ceil((worstBytes + 1) / MIB) * MIB);
}

/** The command line; kept apart so that a test can read it without running Java. */
export function adminImportArgs(opts: Pick<AdminImportOptions, 'dataDir' | 'files' | 'threads' | 'offHeap'>): string[] {
  const { files } = opts;
  return [
    'database', 'import', 'full',
    // A failure then says what failed, not only "Error importing csv file".
    '--verbose',
    ...files.nodes.map((f) => `--nodes=${f}`),
    ...files.relationships.map((f) => `--relationships=${f}`),
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    // The files were validated (or generated) first: any bad entry is a bug, so stop at the first.
    '--bad-tolerance=0',
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    `--threads=${opts.threads ?? 2}`,
    `--max-off-heap-memory=${opts.offHeap ?? '3g'}`,
    `--read-buffer-size=${readBufferBytes(files.longestLine)}`,
    `--report-file=${path.join(opts.dataDir, 'logs', 'import.report')}`,
    'neo4j',
  ];
}

export async function runAdminImport(opts: AdminImportOptions): Promise<void> {
  if (storeExists(opts.dataDir)) throw new Error(`${opts.dataDir} already holds a database; a bulk import needs a new, empty data folder`);
  const paths = modulePaths();
  await buildIfNeeded(paths, opts.log);
  const java = await checkJava();
  const conf = path.join(opts.dataDir, 'conf');
  await fs.promises.mkdir(path.join(opts.dataDir, 'logs'), { recursive: true });
  await fs.promises.mkdir(conf, { recursive: true });
  // The embedded runner keeps everything under its home; neo4j-admin's defaults under NEO4J_HOME match it.
  await fs.promises.writeFile(path.join(conf, 'neo4j.conf'), `server.directories.logs=${path.join(opts.dataDir, 'logs')}\n`);
  const child = spawn(java.command, [`-Xmx${opts.heap ?? '2g'}`, '-XX:+UseG1GC', '-cp', `${paths.lib}/*`, ADMIN_MAIN, ...adminImportArgs(opts)], {
    env: { ...process.env, NEO4J_HOME: path.resolve(opts.dataDir), NEO4J_CONF: conf },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = forwardChildOutput(child, opts.log);
  const code = await new Promise<number | null>((resolve) => {
    child.once('error', () => resolve(null));
    child.once('close', (c) => resolve(c));
  });
  if (code !== 0) {
    throw new Error(`neo4j-admin database import full failed (exit ${String(code)}); see ${path.join(opts.dataDir, 'logs', 'import.report')}.${output.lastLines()}`);
  }
}
