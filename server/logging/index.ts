// The server's logger: pino, one JSON object a line, at LOG_LEVEL; in a terminal (LOG_FORMAT=auto)
// the same records as short readable lines (pretty.ts). Everything that logs receives a Logger.
import pino from 'pino';
import type { DestinationStream, Logger } from 'pino';
import type { LogConfig } from '../config';
import { prettyStream } from './pretty';

export type { Logger } from 'pino';
export { prettyLine } from './pretty';

/**
 * Defence in depth: the request line is built from chosen fields only, but an object logged
 * elsewhere (an error with a request attached) must not carry credentials or query variables.
 */
export const REDACTED_PATHS = [
  'password', '*.password', 'token', '*.token', 'variables', '*.variables',
  'authorization', 'cookie', 'headers.authorization', 'headers.cookie', '*.headers.authorization', '*.headers.cookie',
  'req.headers', 'request.headers',
];

export interface LoggerOptions {
  /** Where lines go (tests capture them); default standard output. */
  destination?: DestinationStream;
  /** Whether the output is a terminal, for LOG_FORMAT=auto; default: standard output's. */
  isTTY?: boolean;
}

export function createLogger(config: LogConfig, { destination, isTTY = process.stdout.isTTY === true }: LoggerOptions = {}): Logger {
  const pretty = config.format === 'pretty' || (config.format === 'auto' && isTTY);
  // Synchronous writes: a line logged just before the process exits (a fatal error) is not lost.
  const out = destination ?? pino.destination({ dest: 1, sync: true });
  return pino({
    level: config.level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: pino.stdSerializers.err },
  }, pretty ? prettyStream(out) : out);
}

/** A logger that drops everything, for code that logs only when given one. */
export const silentLogger = (): Logger => pino({ level: 'silent' });
