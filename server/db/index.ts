// The one module that owns the Neo4j driver: sessions, retries, error mapping, type conversion.
import neo4j, { isInt, isDate, isDateTime, isLocalDateTime, isTime, isLocalTime, isDuration, Neo4jError } from 'neo4j-driver';
import type { Driver, Integer, ManagedTransaction } from 'neo4j-driver';
import { badInput, serviceUnavailable } from '../errors';

/** The HTTP header that carries bookmarks: a write's response sets it, later requests send it back. */
export const BOOKMARK_HEADER = 'X-Linkage-Bookmark';

export interface DbOptions {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
  /** How long a read or write keeps retrying transient failures (a restarting Neo4j) before giving up. */
  maxTransactionRetryTime?: number;
}

/** Whole-number parameters (LIMIT, page sizes) must reach Neo4j as integers, not floats. */
export const int = (n: number): Integer => neo4j.int(n);

export interface Statement { cypher: string; params: Record<string, unknown> }

export type Row = Record<string, unknown>;

export class Db {
  readonly driver: Driver;
  readonly database: string | undefined;
  /** Neo4j cancels a transaction that runs longer (ms); null: no limit, as loads and index waits need. */
  readonly timeoutMs: number | null = null;
  /** Sessions start after these bookmarks (read-your-writes across servers and cluster members). */
  readonly bookmarks: readonly string[] = [];
  /** Where a committed write leaves its bookmark; null: nobody asked. */
  readonly bookmarkSink: string[] | null = null;

  constructor(opts: DbOptions) {
    this.driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.user, opts.password), {
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 10_000,
      maxTransactionRetryTime: opts.maxTransactionRetryTime ?? 10_000,
      disableLosslessIntegers: false,
    });
    this.database = opts.database;
  }

  /** Runs one read statement with retries on transient errors; rows come back as plain JS. */
  read(stmt: Statement): Promise<Row[]> {
    return this.run('READ', (tx) => runRows(tx, stmt));
  }

  write(stmt: Statement): Promise<Row[]> {
    return this.run('WRITE', (tx) => runRows(tx, stmt));
  }

  /** Several statements in one transaction (retried as a whole). */
  async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.run(mode, work);
  }

  async ping(): Promise<boolean> {
    try {
      await this.driver.getServerInfo(this.database ? { database: this.database } : {});
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
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

  private async run<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarks: [...this.bookmarks],
    });
    try {
      const config = this.timeoutMs === null ? undefined : { timeout: this.timeoutMs };
      if (mode === 'READ') return await session.executeRead(work, config);
      const result = await session.executeWrite(work, config);
      this.bookmarkSink?.push(...session.lastBookmarks());
      return result;
    } catch (err) {
      throw toDomainError(err);
    } finally {
      await session.close();
    }
  }
}

async function runRows(tx: ManagedTransaction, stmt: Statement): Promise<Row[]> {
  const result = await tx.run(stmt.cypher, stmt.params);
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

const BOOKMARK_CODES = new Set(['Neo.ClientError.Transaction.InvalidBookmark', 'Neo.ClientError.Transaction.InvalidBookmarkMixture']);
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.AuthenticationRateLimit']);
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
