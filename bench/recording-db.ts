// A Db that remembers which statements the API ran and with what parameters, so that the plan
// check EXPLAINs exactly the Cypher the measured requests used, with real parameter values,
// instead of a hand-kept list that could drift from the services.
import { loadCypher } from '../server/cypher';
import { Db } from '../server/db';
import type { DbOptions, Row, Run, Statement, StatementTarget } from '../server/db';

export interface UsedStatement {
  /** The file's name below cypher/, e.g. "query/neighbourhood/expand". */
  name: string;
  cypher: string;
  /** Parameters of the first call: the measured operations start with their hub samples. */
  params: Record<string, unknown>;
  calls: number;
}

/** One statement as one request ran it, for the raw-driver peer to run again. */
export interface TracedStatement { name: string; cypher: string; params: Record<string, unknown> }

export class RecordingDb extends Db {
  private readonly byText: Map<string, string>;
  private readonly used = new Map<string, UsedStatement>();
  recording = false;
  /** While a request is traced, the statements it runs, in the order it starts them. */
  trace: TracedStatement[] | null = null;

  constructor(opts: DbOptions) {
    super(opts);
    this.byText = new Map([...loadCypher()].map(([name, file]) => [file.text, name]));
  }

  // createApp hands the services `db.withTimeout(...)`, a view made with Object.create(this):
  // it inherits this method and shares the `used` map, so API reads are recorded too.
  override read(stmt: Statement): Promise<Row[]> {
    this.seen(stmt);
    return super.read(stmt);
  }

  // Services that read several statements in one transaction (stats) run them through a runner.
  override runner(tx: StatementTarget): Run {
    const run = super.runner(tx);
    return (stmt) => {
      this.seen(stmt);
      return run(stmt);
    };
  }

  private seen(stmt: Statement): void {
    if (this.recording) this.note(stmt);
    this.trace?.push({ name: this.byText.get(stmt.cypher) ?? '(inline)', cypher: stmt.cypher, params: stmt.params });
  }

  private note(stmt: Statement): void {
    const name = this.byText.get(stmt.cypher) ?? '(inline)';
    const seen = this.used.get(name);
    if (seen) seen.calls += 1;
    else this.used.set(name, { name, cypher: stmt.cypher, params: stmt.params, calls: 1 });
  }

  statements(): UsedStatement[] {
    return [...this.used.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}
