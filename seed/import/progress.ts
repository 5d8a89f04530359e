// A plain text progress bar on stderr for imports of large files. On a terminal it redraws one
// line; in a log (CI, a pipe) it prints a line at every tenth, so the log stays readable.

export interface Progress {
  start(label: string, total: number): void;
  advance(n: number): void;
  finish(): void;
}

export const silentProgress: Progress = { start: () => undefined, advance: () => undefined, finish: () => undefined };

export function renderBar(label: string, done: number, total: number, width = 30): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * width);
  const percent = String(Math.floor(share * 100)).padStart(3);
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}% ${done}/${total}`;
}

export interface BarStream { write(text: string): unknown; isTTY?: boolean }

/** A bar that shows only when a step handles at least `minTotal` records. */
export function progressBar(stream: BarStream, minTotal = 1000): Progress {
  let label = '';
  let total = 0;
  let done = 0;
  let shownTenth = -1;
  let active = false;
  const draw = (): void => {
    if (stream.isTTY) {
      stream.write(`\r${renderBar(label, done, total)}`);
      return;
    }
    const tenth = total > 0 ? Math.floor((done / total) * 10) : 10;
    if (tenth > shownTenth) {
      shownTenth = tenth;
      stream.write(`${renderBar(label, done, total)}\n`);
    }
  };
  return {
    start(l, t) {
      label = l;
      total = t;
      done = 0;
      shownTenth = -1;
      active = t >= minTotal;
      if (active) draw();
    },
    advance(n) {
      done = Math.min(total, done + n);
      if (active) draw();
    },
    finish() {
      if (active && stream.isTTY) stream.write('\n');
      active = false;
    },
  };
}
