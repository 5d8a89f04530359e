// Prometheus metrics (prom-client), served at /metrics. Each app has a registry of its own, so
// that several servers in one process (the tests) do not share or double-register series. The
// list of series, with what to graph, is in docs/operations.md.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { BreakerChange, BreakerState, Db } from '../db';

const BREAKER_STATES: readonly BreakerState[] = ['closed', 'open', 'half-open'];
/** Operation names are chosen by clients: past this many distinct ones, new names are counted as "(other)". */
export const MAX_OPERATION_LABELS = 200;
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

export class Metrics {
  readonly registry = new Registry();
  readonly requestDuration: Histogram<'route' | 'operation' | 'status'>;
  readonly errors: Counter<'route' | 'code'>;
  readonly queryDuration: Histogram<'statement' | 'outcome'>;
  readonly breakerOpened: Counter;
  readonly neo4jRestarts: Counter;
  private readonly operations = new Set<string>();
  private db: Db | null = null;

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.requestDuration = new Histogram({
      name: 'linkage_http_request_duration_seconds',
      help: 'HTTP requests by route (graphql, export, health, metrics, page), GraphQL operation name or export file, and status',
      labelNames: ['route', 'operation', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20],
      registers,
    });
    this.errors = new Counter({
      name: 'linkage_errors_total',
      help: 'Errors answered, by route and error code (extensions.code)',
      labelNames: ['route', 'code'],
      registers,
    });
    this.queryDuration = new Histogram({
      name: 'linkage_neo4j_query_duration_seconds',
      help: 'Cypher statements by name (their file below cypher/) and outcome (ok, error)',
      labelNames: ['statement', 'outcome'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
      registers,
    });
    this.breakerOpened = new Counter({ name: 'linkage_neo4j_breaker_opened_total', help: 'Times the breaker opened (Neo4j found unreachable)', registers });
    this.neo4jRestarts = new Counter({ name: 'linkage_neo4j_restarts_total', help: "Restarts of Linkage's own Neo4j by npm start's supervisor after it died", registers });
    const watched = (): Db | null => this.db;
    new Gauge({
      name: 'linkage_neo4j_breaker_state',
      help: 'The circuit breaker over Neo4j: 1 for the state it is in (closed, open, half-open), 0 for the others',
      labelNames: ['state'],
      registers,
      collect() {
        for (const state of BREAKER_STATES) this.set({ state }, watched()?.breaker.state === state ? 1 : 0);
      },
    });
    new Gauge({
      name: 'linkage_neo4j_transactions',
      help: 'Transactions waiting for a pooled connection (waiting) or running on one (running); the driver does not publish its pool counts',
      labelNames: ['state'],
      registers,
      collect() {
        const { waiting, running } = watched()?.activity() ?? { waiting: 0, running: 0 };
        this.set({ state: 'waiting' }, waiting);
        this.set({ state: 'running' }, running);
      },
    });
  }

  /** Starts reading `db`'s breaker, transactions and statements; returns the function that stops it. */
  watch(db: Db): () => void {
    this.db = db;
    const stopQueries = db.observeQueries(({ statement, seconds, ok }) => {
      this.queryDuration.observe({ statement, outcome: ok ? 'ok' : 'error' }, seconds);
    });
    // Only closed → open is an outage starting; half-open → open is a failed recovery probe.
    const opened = ({ from, to }: BreakerChange): void => { if (from === 'closed' && to === 'open') this.breakerOpened.inc(); };
    db.breaker.on('change', opened);
    return () => {
      stopQueries();
      db.breaker.off('change', opened);
    };
  }

  /** A GraphQL operation's name as a label: its own name while few are seen, else "(other)". */
  operationLabel(name: string | null | undefined): string {
    if (!name) return '(anonymous)';
    if (!GRAPHQL_NAME.test(name)) return '(other)';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return '(other)';
    this.operations.add(name);
    return name;
  }

  async text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
