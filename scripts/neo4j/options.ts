// The options of startLocalNeo4j() and the handle it returns, and the checks run on those options
// before anything is built or spawned, so that a typo fails fast with the name of the setting.

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
  /** Map (or record) the class-data-sharing archive for a faster start; default true. */
  classDataSharing?: boolean;
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
  exited: Promise<ChildExit>;
}

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export type LogLine = (line: string) => void;

export const DEFAULT_START_TIMEOUT_MS = 120_000;
const MIN_PASSWORD_LENGTH = 8; // Neo4j's own minimum

export function validateOptions(opts: LocalNeo4jOptions): void {
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
