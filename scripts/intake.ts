// `npm run intake -- FILE [--title T] [--publisher P] [--author A] [--url U] [--published-on DATE]
// [--format text|markdown|html] [--json] [--propose --as EMAIL]` reads an article against the graph
// `npm start` uses (NEO4J_URI, else Linkage's own) and prints the candidates; it writes nothing
// unless --propose (docs/intake.md). The work is in scripts/lib/intake-cli.ts.
import { ruleExtractor } from '../server/intake';
import { runIntakeCli } from './lib/intake-cli';
import { runCommand } from './lib/run-command';

runCommand((argv) => runIntakeCli(argv, ruleExtractor));
