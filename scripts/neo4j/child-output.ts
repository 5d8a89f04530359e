// Forwards a child's stdout and stderr line by line to the launcher's log, and keeps the last lines
// so that an error about the child can show what it said last.

import type { ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import type { LogLine } from './options';

const KEEP_LINES = 40;

export interface ChildOutput {
  /** "\nLast output:\n  …" with the lines kept so far, or '' if the child printed nothing. */
  lastLines(): string;
}

/** Logs each non-empty line without colour codes and trailing blanks, then hands it to onLine. */
export function forwardChildOutput(
  child: ChildProcess,
  log: LogLine,
  onLine?: (line: string) => void,
): ChildOutput {
  const recent: string[] = [];
  const forward = (line: string): void => {
    const clean = stripAnsi(line).trimEnd();
    if (clean === '') return;
    recent.push(clean);
    if (recent.length > KEEP_LINES) recent.shift();
    log(clean);
    onLine?.(clean);
  };
  if (child.stdout) readline.createInterface({ input: child.stdout }).on('line', forward);
  if (child.stderr) readline.createInterface({ input: child.stderr }).on('line', forward);
  return { lastLines: () => (recent.length ? `\nLast output:\n  ${recent.join('\n  ')}` : '') };
}

function stripAnsi(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
}
