// `npm run users -- add EMAIL --role ROLE [--password-stdin] | role EMAIL ROLE | disable EMAIL |
// enable EMAIL | token EMAIL [--name NAME] | list`: accounts in Linkage's Neo4j (docs/editing.md).
// Connects as `npm run import` does (scripts/lib/with-db.ts); the work is in server/accounts/commands.ts.
import { text } from 'node:stream/consumers';
import { AccountError } from '../server/accounts';
import { parseUsersArgs, runUsersCommand, USAGE } from '../server/accounts/commands';
import { loadConfig } from '../server/config';
import { answerUsage, runCommand } from './lib/run-command';
import { withDb } from './lib/with-db';

async function main(argv: string[]): Promise<number> {
  const cmd = parseUsersArgs(argv);
  if (cmd.command === 'help' || cmd.command === 'error') return answerUsage(cmd, USAGE);
  const config = loadConfig();
  return withDb(config, async (db) => {
    try {
      await runUsersCommand(db, cmd, {
        print: (line) => console.log(line),
        readStdin: () => {
          if (process.stdin.isTTY) console.error('Type the password, then Enter and Ctrl+D (it will show as you type; pipe it in to avoid that):');
          return text(process.stdin);
        },
      });
      return 0;
    } catch (err) {
      if (!(err instanceof AccountError)) throw err;
      console.error(err.message);
      return 1;
    }
  });
}

runCommand(main);
