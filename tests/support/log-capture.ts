// A logger whose lines a test can read: the server's own createLogger, writing JSON lines into an
// array instead of standard output.
import { createLogger } from '../../server/logging';
import type { Logger } from '../../server/logging';
import type { LogLevel } from '../../server/config';

export interface CapturedLog {
  logger: Logger;
  /** Every line so far, parsed. */
  lines(): Record<string, unknown>[];
  /** Every line so far as written, for searching for text that must not be there. */
  text(): string;
}

export function captureLogger(level: LogLevel = 'debug'): CapturedLog {
  const written: string[] = [];
  const logger = createLogger({ level, format: 'json' }, { destination: { write: (line: string) => { written.push(line); } }, isTTY: false });
  return {
    logger,
    lines: () => written.map((line) => JSON.parse(line) as Record<string, unknown>),
    text: () => written.join(''),
  };
}
