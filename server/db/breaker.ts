// A circuit breaker over the database: while Neo4j is known to be down, work is refused at once
// (503 with Retry-After) instead of waiting out the driver's retries, and a background probe
// finds out when it answers again. It knows nothing of the driver: the Db feeds it outcomes and
// gives it the probe to run.
import { EventEmitter } from 'node:events';

/** closed: work runs. open: work is refused. half-open: open, with a recovery probe in flight. */
export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** Consecutive failures (probes or requests) that open a closed breaker. */
  failureThreshold: number;
  /** Probe period while closed (only once monitor() was called). */
  probeIntervalMs: number;
  /** After a failure while closed, confirm this soon rather than a whole period later. */
  confirmAfterMs: number;
  /** First recovery probe after opening; doubles after each failed one up to maxRetryMs. */
  firstRetryMs: number;
  maxRetryMs: number;
}

export const DEFAULT_BREAKER_OPTIONS: BreakerOptions = {
  failureThreshold: 2,
  probeIntervalMs: 5_000,
  confirmAfterMs: 250,
  firstRetryMs: 500,
  maxRetryMs: 5_000,
};

export interface BreakerChange { from: BreakerState; to: BreakerState; reason: string; /** ms the breaker was open (on closing). */ downMs?: number }

export interface BreakerEvents {
  change: [BreakerChange];
  /** Each probe's outcome; error is set when it failed. */
  probe: [{ ok: boolean; ms: number; error?: unknown }];
}

export class CircuitBreaker extends EventEmitter<BreakerEvents> {
  private current: BreakerState = 'closed';
  private failures = 0;
  private openedAt = 0;
  private retryMs: number;
  private nextProbeAt = 0;
  private timer: NodeJS.Timeout | null = null;
  private probing: Promise<void> | null = null;
  private monitoring = false;
  private stopped = false;
  readonly options: BreakerOptions;

  /**
   * `probe` resolves when the database answered; `isOutage` says whether one of its failures means
   * the database is unreachable (a refused connection, a timeout) rather than reachable but
   * refusing (a wrong database name), which is no outage to fail fast for.
   */
  constructor(
    private readonly probe: () => Promise<void>,
    private readonly isOutage: (error: unknown) => boolean,
    options: Partial<BreakerOptions> = {},
  ) {
    super();
    // Every read in flight listens for the breaker opening (unlessOpened).
    this.setMaxListeners(0);
    this.options = { ...DEFAULT_BREAKER_OPTIONS, ...options };
    this.retryMs = this.options.firstRetryMs;
  }

  get state(): BreakerState { return this.current; }

  /** True while work should be refused (open or half-open). */
  isOpen(): boolean { return this.current !== 'closed'; }

  /** Whole seconds a client should wait before trying again: until the next recovery probe (1 while closed), at least 1. */
  retryAfterSeconds(): number {
    if (this.current === 'closed') return 1;
    return Math.max(1, Math.ceil((this.nextProbeAt - Date.now()) / 1000));
  }

  /** Starts the periodic probe while closed (the API's server does; scripts need not). */
  monitor(): void {
    if (this.monitoring || this.stopped) return;
    this.monitoring = true;
    // Not at once: whoever starts monitoring has just connected, and /readyz probes on demand.
    if (this.current === 'closed' && !this.timer) this.schedule(this.options.probeIntervalMs);
  }

  /** A unit of work succeeded: a closed breaker forgets earlier failures. */
  recordSuccess(): void {
    if (this.current === 'closed') this.failures = 0;
  }

  /** A unit of work failed because the database was unreachable. */
  recordFailure(reason: string): void {
    if (this.current !== 'closed') return;
    this.failures += 1;
    if (this.failures >= this.options.failureThreshold) this.open(reason);
    else this.schedule(this.options.confirmAfterMs);
  }

  /** Opens at once: the caller knows the database is gone (the supervisor saw Neo4j exit). */
  trip(reason: string): void {
    if (this.current === 'closed') this.open(reason);
  }

  /** Probes as soon as possible (e.g. the supervisor restarted Neo4j, or a request saw a broken connection). */
  probeNow(): void {
    if (this.stopped || this.probing) return;
    this.schedule(0);
  }

  /**
   * `work`, or a rejection with `refusal()` as soon as the breaker opens, whichever comes first:
   * a read waiting out the driver's retries during an outage is answered at once. The work itself
   * carries on in the background and settles unobserved.
   */
  unlessOpened<T>(work: Promise<T>, refusal: () => unknown): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const onChange = ({ to }: BreakerChange): void => { if (to === 'open') reject(refusal()); };
      this.on('change', onChange);
      work.then(resolve, reject).finally(() => this.off('change', onChange)).catch(() => undefined);
    });
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private open(reason: string): void {
    const from = this.current;
    this.current = 'open';
    this.openedAt = Date.now();
    this.retryMs = this.options.firstRetryMs;
    this.schedule(this.retryMs);
    this.emit('change', { from, to: 'open', reason });
  }

  private close(): void {
    const from = this.current;
    this.current = 'closed';
    this.failures = 0;
    this.emit('change', { from, to: 'closed', reason: 'the probe query answered', downMs: Date.now() - this.openedAt });
    if (this.monitoring) this.schedule(this.options.probeIntervalMs);
    else this.clearTimer();
  }

  private reachable(): void {
    if (this.current === 'half-open') {
      this.close();
    } else {
      this.failures = 0;
      if (this.monitoring) this.schedule(this.options.probeIntervalMs);
    }
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.clearTimer();
    this.nextProbeAt = Date.now() + ms;
    this.timer = setTimeout(() => { this.timer = null; void this.runProbe(); }, ms);
    this.timer.unref();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private runProbe(): Promise<void> {
    this.probing ??= this.probeOnce().finally(() => { this.probing = null; });
    return this.probing;
  }

  private async probeOnce(): Promise<void> {
    if (this.current === 'open') {
      this.current = 'half-open';
      this.emit('change', { from: 'open', to: 'half-open', reason: 'probing' });
    }
    const started = Date.now();
    try {
      await this.probe();
      this.emit('probe', { ok: true, ms: Date.now() - started });
      if (this.stopped) return;
      this.reachable();
    } catch (error) {
      this.emit('probe', { ok: false, ms: Date.now() - started, error });
      if (this.stopped) return;
      if (!this.isOutage(error)) {
        this.reachable();
      } else if (this.current === 'half-open') {
        this.current = 'open';
        this.emit('change', { from: 'half-open', to: 'open', reason: 'the probe query failed' });
        this.retryMs = Math.min(this.retryMs * 2, this.options.maxRetryMs);
        this.schedule(this.retryMs);
      } else {
        this.recordFailure('the probe query failed');
      }
    }
  }
}
