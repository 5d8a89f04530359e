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
