// A command run beside other work, its output kept in a file and shown when it ends, so that
// `npm test` can type-check and lint while it builds the page and installs Python (on CI's two
// cores those steps took 140 s one after another).
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface BackgroundStep {
  title: string;
  /** Resolves once the command has ended: its output is printed then, and it throws when the command failed. */
  finish(): Promise<void>;
}

export function startBackgroundStep(title: string, cmd: string, args: string[], { cwd, logDir }: { cwd: string; logDir: string }): BackgroundStep {
  const logFile = path.join(logDir, `${title.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase()}.log`);
  const fd = openSync(logFile, 'w');
  const started = Date.now();
  // The output goes straight to the file: no pipe for a busy parent to drain.
  const child = spawn(cmd, args, { cwd, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const ended = new Promise<number>((resolve) => {
    child.once('error', () => resolve(1));
    child.once('close', (code) => resolve(code ?? 1));
  });
  return {
    title,
    async finish() {
      const code = await ended;
      const output = readFileSync(logFile, 'utf8');
      console.log(`\n▶ ${title}`);
      if (output.trim() !== '') process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
      if (code !== 0) throw new Error(`${title} failed (exit code ${code}; its output is above and in ${path.relative(cwd, logFile)})`);
      // Its end is only seen once the steps beside it let go of the event loop: an upper bound.
      console.log(`✓ ${title} (ended within ${((Date.now() - started) / 1000).toFixed(1)} s, beside the steps above)`);
    },
  };
}
