// Keeps Linkage's own Neo4j running for `npm start`: when the java process dies on its own, says so
// at once, starts it again on the same port and data directory after a growing pause, and gives
// up after maxRestarts tries in a row with a message saying where its logs are. A Neo4j that has
// stayed up for stableAfterMs counts as recovered, so a crash a day later gets fresh tries.
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { startLocalNeo4j } from './launch';
import type { ChildExit, LocalNeo4j, LocalNeo4jOptions } from './options';
import { sleep } from './timing';

/** The logger methods supervision needs (a pino Logger has them). */
export interface SupervisionLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
  fatal(obj: object, msg: string): void;
}

export interface SupervisionOptions {
  log: SupervisionLog;
  /** Tries in a row before giving up (default 5). */
  maxRestarts?: number;
  /** Pause before try n (1-based); default 1 s, 2 s, 4 s … up to 30 s. */
  backoffMs?: (attempt: number) => number;
  /** Up this long, a restarted Neo4j resets the count of tries (default 60 s). */
  stableAfterMs?: number;
}

export interface SupervisionEvents {
  /** The java process died without being asked to stop. */
  down: [{ pid: number; exit: ChildExit }];
  /** A restarted Neo4j accepted a login; downMs counts from the death. */
  up: [{ pid: number; attempt: number; downMs: number }];
  /** maxRestarts tries failed; nothing more will be tried. */
  'gave-up': [{ attempts: number; error: unknown }];
}

export class SupervisedNeo4j extends EventEmitter<SupervisionEvents> {
  private stopping = false;
  private restarting: Promise<void> | null = null;
  private attemptsInRow = 0;
  private upSince = Date.now();

  constructor(private neo: LocalNeo4j, private readonly opts: LocalNeo4jOptions, private readonly supervision: Required<SupervisionOptions>) {
    super();
    this.watch(neo);
  }

  get uri(): string { return this.neo.uri; }
  get user(): string { return this.neo.user; }
  get password(): string { return this.neo.password; }
  /** The pid of the java process running now. */
  get pid(): number { return this.neo.pid; }

  /** Stops supervising, then stops Neo4j cleanly (a restart in progress is waited for first). */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.restarting;
    await this.neo.stop();
  }

  private watch(neo: LocalNeo4j): void {
    void neo.exited.then((exit) => {
      if (this.stopping || neo !== this.neo) return;
      this.onDeath(neo, exit);
    });
  }

  private onDeath(dead: LocalNeo4j, exit: ChildExit): void {
    const diedAt = Date.now();
    if (diedAt - this.upSince >= this.supervision.stableAfterMs) this.attemptsInRow = 0;
    const how = exit.signal ?? `exit code ${String(exit.code)}`;
    this.supervision.log.error({ pid: dead.pid, signal: exit.signal, code: exit.code },
      `Linkage's Neo4j (pid ${dead.pid}) died (${how}); restarting it`);
    this.emit('down', { pid: dead.pid, exit });
    this.restarting = this.restart(dead, diedAt).finally(() => { this.restarting = null; });
  }

  private async restart(dead: LocalNeo4j, diedAt: number): Promise<void> {
    await dead.stop(); // already gone: this only removes its pid file and stops tracking it
    let lastError: unknown = null;
    while (this.attemptsInRow < this.supervision.maxRestarts) {
      this.attemptsInRow += 1;
      const attempt = this.attemptsInRow;
      const pause = this.supervision.backoffMs(attempt);
      this.supervision.log.info({ attempt, of: this.supervision.maxRestarts, pauseMs: pause },
        `Restarting Linkage's Neo4j in ${(pause / 1000).toFixed(1)} s (try ${attempt} of ${this.supervision.maxRestarts})`);
      await sleep(pause);
      if (this.stopping) return;
      try {
        const neo = await startLocalNeo4j(this.opts);
        if (this.stopping) { await neo.stop(); return; }
        this.neo = neo;
        this.upSince = Date.now();
        this.watch(neo);
        const downMs = Date.now() - diedAt;
        this.supervision.log.info({ pid: neo.pid, attempt, downMs }, `Linkage's Neo4j is back (pid ${neo.pid}) after ${(downMs / 1000).toFixed(1)} s`);
        this.emit('up', { pid: neo.pid, attempt, downMs });
        return;
      } catch (err) {
        lastError = err;
        this.supervision.log.warn({ attempt, err }, `Restart ${attempt} of ${this.supervision.maxRestarts} of Linkage's Neo4j failed`);
      }
    }
    this.supervision.log.fatal({ attempts: this.attemptsInRow, err: lastError },
      `Linkage's Neo4j could not be restarted after ${this.attemptsInRow} tries; giving up. ` +
        `Its logs are in ${path.join(path.resolve(this.opts.dataDir), 'logs')}`);
    this.emit('gave-up', { attempts: this.attemptsInRow, error: lastError });
  }
}

export const defaultBackoff = (attempt: number): number => Math.min(30_000, 1_000 * 2 ** (attempt - 1));

/** Starts Linkage's own Neo4j (as startLocalNeo4j does) and supervises it. */
export async function superviseLocalNeo4j(opts: LocalNeo4jOptions, supervision: SupervisionOptions): Promise<SupervisedNeo4j> {
  const neo = await startLocalNeo4j(opts);
  return new SupervisedNeo4j(neo, opts, {
    log: supervision.log,
    maxRestarts: supervision.maxRestarts ?? 5,
    backoffMs: supervision.backoffMs ?? defaultBackoff,
    stableAfterMs: supervision.stableAfterMs ?? 60_000,
  });
}
