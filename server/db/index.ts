// The one module that owns the Neo4j driver: sessions, retries, error mapping, type conversion,
// and the circuit breaker (breaker.ts) that fails fast while the database is down.
import { performance } from 'node:perf_hooks';
import neo4j, { isInt, isDate, isDateTime, isLocalDateTime, isTime, isLocalTime, isDuration, Neo4jError } from 'neo4j-driver';
import type { Driver, Integer, ManagedTransaction } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { badInput, ErrorCode, retryAfterOf, serviceUnavailable } from '../errors';
import { CircuitBreaker } from './breaker';
import type { BreakerOptions } from './breaker';
import { Probe, ProbeTimeout } from './probe';

export { CircuitBreaker, DEFAULT_BREAKER_OPTIONS } from './breaker';
export type { BreakerChange, BreakerOptions, BreakerState } from './breaker';

/** The HTTP header that carries bookmarks: a write's response sets it, later requests send it back. */
export const BOOKMARK_HEADER = 'X-Linkage-Bookmark';

export interface DbOptions {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
  /** How long a read or write keeps retrying transient failures (a restarting Neo4j) before giving up. */
  maxTransactionRetryTime?: number;
  /** Connections in the pool (default 50), and how long work waits for a free one (default 10 s). */
  maxConnectionPoolSize?: number;
  connectionAcquisitionTimeout?: number;
  breaker?: Partial<BreakerOptions>;
  /** How long the probe query may take before it counts as a failure (default 2 s). */
  probeTimeoutMs?: number;
}

/** Whole-number parameters (LIMIT, page sizes) must reach Neo4j as integers, not floats. */
export const int = (n: number): Integer => neo4j.int(n);

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
  /** The statement's file below cypher/ (statement() sets it), for the query-duration metric. */
  name?: string;
}

export type Row = Record<string, unknown>;

/** Runs one statement: a Db's read or write, or (runner) a statement inside an open transaction. */
export type Run = (stmt: Statement) => Promise<Row[]>;

/** What runner() needs of a transaction: a managed one, or an explicit one a test rolls back. */
export type StatementTarget = Pick<ManagedTransaction, 'run'>;

/** One statement's run, for metrics: its name ("(unnamed)" for Cypher not from statement()), seconds, and whether it succeeded. */
export interface QueryObservation { statement: string; seconds: number; ok: boolean }
export type QueryObserver = (o: QueryObservation) => void;

/** Transactions this Db has asked the driver for: waiting for a pooled connection, or running on one. */
export interface DbActivity { waiting: number; running: number }

export class Db {
  readonly driver: Driver;
  readonly database: string | undefined;
  /** Neo4j cancels a transaction that runs longer (ms); null: no limit, as loads and index waits need. */
  readonly timeoutMs: number | null = null;
  /** Sessions start after these bookmarks (read-your-writes across servers and cluster members). */
  readonly bookmarks: readonly string[] = [];
  /** Where a committed write leaves its bookmark; null: nobody asked. */
  readonly bookmarkSink: string[] | null = null;

  /** The database's address for logs: the URI without any user or password in it. */
  readonly target: string;
  /** Shared by every withTimeout() view, like the driver. */
  readonly breaker: CircuitBreaker;
  private readonly probe: Probe;
  private readonly observers = new Set<QueryObserver>();
  private readonly inFlight: DbActivity = { waiting: 0, running: 0 };

  constructor(opts: DbOptions) {
    this.driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.user, opts.password), {
      maxConnectionPoolSize: opts.maxConnectionPoolSize ?? 50,
      connectionAcquisitionTimeout: opts.connectionAcquisitionTimeout ?? 10_000,
      maxTransactionRetryTime: opts.maxTransactionRetryTime ?? 10_000,
      disableLosslessIntegers: false,
    });
    this.database = opts.database;
    this.target = withoutCredentials(opts.uri);
    this.probe = new Probe(opts, opts.probeTimeoutMs ?? 2_000);
    this.breaker = new CircuitBreaker(() => this.probe.run(), isOutage, opts.breaker);
  }

  /** Runs one read statement with retries on transient errors; rows come back as plain JS. */
  read(stmt: Statement): Promise<Row[]> {
    return this.run('READ', (tx) => this.rows(tx, stmt));
  }

  write(stmt: Statement): Promise<Row[]> {
    return this.run('WRITE', (tx) => this.rows(tx, stmt));
  }

  /** One statement inside a transaction of this Db (transaction()'s work), timed like read() and write(). */
  async rows(tx: StatementTarget, stmt: Statement): Promise<Row[]> {
    const started = performance.now();
    let ok = false;
    try {
      const result = await tx.run(stmt.cypher, stmt.params);
      ok = true;
      return result.records.map((r) => toPlain(r.toObject()) as Row);
    } finally {
      const seen: QueryObservation = { statement: stmt.name ?? '(unnamed)', seconds: (performance.now() - started) / 1000, ok };
      for (const observe of this.observers) observe(seen);
    }
  }

  /** A Run bound to one open transaction, so that several statements (a batch, an edit and its revision) share it. */
  runner(tx: StatementTarget): Run {
    return (stmt) => this.rows(tx, stmt);
  }

  /** Calls `observer` after every statement run through rows(); returns the unsubscribe. */
  observeQueries(observer: QueryObserver): () => void {
    this.observers.add(observer);
    return () => { this.observers.delete(observer); };
  }

  activity(): DbActivity {
    return { ...this.inFlight };
  }

  /** True when the probe query answers (a real read, not just a login) and the breaker is closed: /readyz. */
  async ready(): Promise<boolean> {
    if (this.breaker.isOpen()) return false;
    try {
      await this.probe.run();
      return true;
    } catch (err) {
      if (isOutage(err)) this.breaker.recordFailure(`the readiness probe failed: ${describe(err)}`);
      return false;
    }
  }

  /** Several statements in one transaction (retried as a whole). */
  async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.run(mode, work);
  }

  /**
   * Runs `stmt` in a read session of its own and returns the bookmarks the session ends with. They
   * name the database's last committed transaction, so two equal answers mean nothing was written
   * in between: how a backup knows its dump is consistent (Community has no snapshot to read from).
   */
  async lastCommitted(stmt: Statement): Promise<string[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.executeRead((tx) => this.rows(tx, stmt));
      return session.lastBookmarks();
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<boolean> {
    try {
      await this.driver.getServerInfo(this.database ? { database: this.database } : {});
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    this.breaker.stop();
    await Promise.all([this.driver.close(), this.probe.close()]);
  }

  /**
   * This Db with every transaction limited to `ms`: the API's view, so that one runaway query
   * cannot hold a connection forever. It shares the driver (and everything else) with this one.
   */
  withTimeout(ms: number): Db {
    const view = Object.create(this) as Db;
    Object.defineProperty(view, 'timeoutMs', { value: ms, enumerable: true });
    return view;
  }

  /**
   * This Db with sessions that wait for `bookmarks` (what a client's earlier writes returned), so
   * that its reads see those writes on any server or cluster member; the bookmark of each write it
   * commits is pushed onto `sink`. Shares the driver like withTimeout.
   */
  withBookmarks(bookmarks: readonly string[], sink: string[]): Db {
    const view = Object.create(this) as Db;
    Object.defineProperty(view, 'bookmarks', { value: bookmarks, enumerable: true });
    Object.defineProperty(view, 'bookmarkSink', { value: sink, enumerable: true });
    return view;
  }

  /**
   * While the breaker is open, work is refused at once. A read in flight when it opens is answered
   * at once too (its session finishes in the background); a write is left to finish or fail on its
   * own, so that a 503 never stands for a write that later commits.
   */
  private async run<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    if (this.breaker.isOpen()) throw this.refusal();
    const attempt = this.session(mode, work);
    try {
      const result = await (mode === 'READ' ? this.breaker.unlessOpened(attempt, () => this.refusal()) : attempt);
      this.breaker.recordSuccess();
      return result;
    } catch (err) {
      if (isUnreachable(err)) this.breaker.recordFailure(describe(err));
      const mapped = toDomainError(err);
      throw isUnavailable(mapped) && !retryAfterSet(mapped) ? withRetryAfter(mapped, this.breaker.retryAfterSeconds()) : mapped;
    }
  }

  private refusal(): unknown {
    return serviceUnavailable(undefined, this.breaker.retryAfterSeconds());
  }

  private async session<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarks: [...this.bookmarks],
    });
    const activity = this.inFlight;
    activity.waiting += 1;
    let holding = false;
    const observed = async (tx: ManagedTransaction): Promise<T> => {
      // The driver calls the work once it holds a connection (again on each retry).
      if (!holding) { holding = true; activity.waiting -= 1; activity.running += 1; }
      try {
        return await work(tx);
      } catch (err) {
        // A broken connection mid-query: the driver retries, and the probe finds out whether Neo4j is gone.
        if (isUnreachable(err)) this.breaker.probeNow();
        throw err;
      }
    };
    try {
      const config = this.timeoutMs === null ? undefined : { timeout: this.timeoutMs };
      if (mode === 'READ') return await session.executeRead(observed, config);
      const result = await session.executeWrite(observed, config);
      this.bookmarkSink?.push(...session.lastBookmarks());
      return result;
    } finally {
      if (holding) activity.running -= 1;
      else activity.waiting -= 1;
      await session.close();
    }
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.AuthenticationRateLimit']);
const UNREACHABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
/** The driver's own error (code "N/A") when every pooled connection stayed busy for connectionAcquisitionTimeout. */
const POOL_EXHAUSTED = /^Connection acquisition timed out/;
export const POOL_EXHAUSTED_MESSAGE = 'The graph database is busy (every connection is in use); try again shortly';

/** The database cannot be reached (not: it refused or failed one query): what feeds the breaker. */
export function isUnreachable(err: unknown): boolean {
  return err instanceof Neo4jError && (UNREACHABLE_CODES.has(err.code) || err.code.startsWith('Neo.TransientError.General.DatabaseUnavailable'));
}

function withoutCredentials(uri: string): string {
  try {
    const url = new URL(uri);
    url.username = '';
    url.password = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    return '(unparsable URI)';
  }
}

const isOutage = (err: unknown): boolean => isUnreachable(err) || err instanceof ProbeTimeout;

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

const isUnavailable = (err: unknown): err is GraphQLError => err instanceof GraphQLError && err.extensions.code === ErrorCode.SERVICE_UNAVAILABLE;
const retryAfterSet = (err: GraphQLError): boolean => retryAfterOf(err) !== undefined;

function withRetryAfter(err: GraphQLError, seconds: number): GraphQLError {
  const copy = serviceUnavailable(err.message, seconds);
  (copy as { cause?: unknown }).cause = (err as { cause?: unknown }).cause;
  return copy;
}

const BOOKMARK_CODES = new Set(['Neo.ClientError.Transaction.InvalidBookmark', 'Neo.ClientError.Transaction.InvalidBookmarkMixture']);
const TIMEOUT_CODES = new Set(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']);

/** Neo4j errors become domain errors here and nowhere else; client-facing text never carries Neo4j's message. */
export function toDomainError(err: unknown): unknown {
  if (err instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(err.code) || err.code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
      const mapped = serviceUnavailable();
      (mapped as { cause?: unknown }).cause = err;
      return mapped;
    }
    if (BOOKMARK_CODES.has(err.code)) {
      return badInput(BOOKMARK_HEADER, `The ${BOOKMARK_HEADER} header does not hold bookmarks this database issued; send back only what a write's response carried`);
    }
    if (POOL_EXHAUSTED.test(err.message)) {
      const mapped = serviceUnavailable(POOL_EXHAUSTED_MESSAGE);
      (mapped as { cause?: unknown }).cause = err;
      return mapped;
    }
    if (TIMEOUT_CODES.has(err.code)) {
      const mapped = serviceUnavailable('The graph database did not answer in time; ask for less (smaller first, limit, depth or maxHops) or try again');
      (mapped as { cause?: unknown }).cause = err;
      return mapped;
    }
  }
  return err;
}

/** Converts Neo4j integers, temporal values and nested structures into plain JSON-friendly values. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    // Nodes and relationships: keep their properties (ids live in properties in this model).
    if ('properties' in v && ('labels' in v || 'type' in v) && 'elementId' in v) return toPlain(v.properties);
    const out: Record<string, unknown> = {};
    for (const [k, inner] of Object.entries(v)) out[k] = toPlain(inner);
    return out;
  }
  return value;
}
