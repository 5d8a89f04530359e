// The tail every command-line script shares: run its main, and turn the answer into the exit code
// (an unexpected error prints its message only, never a stack trace, and exits 1).
export function runCommand(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exitCode = 1;
    },
  );
}

/** A command line that asked for the usage, or got it wrong. */
export type UsageAnswer = { command: 'help' } | { command: 'error'; message: string };

/** --help prints the usage (exit 0); a mistake prints what is wrong and the usage (exit 2). */
export function answerUsage(cmd: UsageAnswer, usage: string): number {
  if (cmd.command === 'help') {
    console.log(usage);
    return 0;
  }
  console.error(`${cmd.message}\n${usage}`);
  return 2;
}
