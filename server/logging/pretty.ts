// Readable lines for a terminal, from the same records the JSON output carries:
//   12:04:05.120 INFO  request  POST /graphql 200 12 ms  operation=Explore reqId=4f1c…
// Written by hand because pino-pretty is not a dependency and this needs twenty lines: pino hands
// each record to the destination as one JSON string, which is parsed and reprinted here.
import type { DestinationStream } from 'pino';

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const SKIP = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'component', 'err']);

function value(v: unknown): string {
  return typeof v === 'string' && !/\s/.test(v) && v !== '' ? v : JSON.stringify(v);
}

/** One pino record (a parsed JSON line) as one readable line, an error's stack on the lines after it. */
export function prettyLine(record: Record<string, unknown>): string {
  const time = typeof record.time === 'string' ? record.time.slice(11, 23) : '';
  const level = (LEVELS[Number(record.level)] ?? String(record.level)).padEnd(5);
  const component = typeof record.component === 'string' ? `[${record.component}] ` : '';
  const fields = Object.entries(record).filter(([k]) => !SKIP.has(k)).map(([k, v]) => `${k}=${value(v)}`);
  const err = record.err as { stack?: unknown; message?: unknown } | undefined;
  const stack = err ? `\n  ${String(err.stack ?? err.message).split('\n').join('\n  ')}` : '';
  return `${time} ${level} ${component}${String(record.msg ?? '')}${fields.length ? `  ${fields.join(' ')}` : ''}${stack}\n`;
}

export function prettyStream(out: DestinationStream): DestinationStream {
  return {
    write(line: string): void {
      let record: Record<string, unknown>;
      try {
        record = JSON.parse(line) as Record<string, unknown>;
      } catch {
        out.write(line);
        return;
      }
      out.write(prettyLine(record));
    },
  };
}
