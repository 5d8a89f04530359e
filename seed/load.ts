// `npm run seed [-- --dry-run] [-- --dir <folder>] [-- --json]`: loads the curated seed into the configured Neo4j
// (NEO4J_URI, or Linkage's own on bolt://127.0.0.1:<NEO4J_BOLT_PORT>, which `npm run neo4j` starts).
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config';
import { Db } from '../server/db';
import { DEFAULT_SEED_DIR, formatSeedError, loadSeedDirectory, readDataset, SeedValidationError, validateDataset } from './loader';
import type { LoadSummary } from './loader';

const USAGE = 'usage: npm run seed -- [--dry-run] [--dir <seed folder>] [--json (errors as JSON on stdout)]';

function printSummary(s: LoadSummary, print: (line: string) => void): void {
  const w = s.written;
  if (s.dryRun) print(`Would write ${w.sources} sources, ${w.entities} entities, ${w.relationships} relationships, ${w.evidence} evidence, ${w.context} context sentences.`);
  else print(`${s.revised.sources + s.revised.entities + s.revised.relationships} records revised as the seed account, ${s.unchanged} unchanged.`);
  if (s.skipped.length > 0) {
    print(`Left alone, edited by others since the seed's last revision (${s.skipped.length}):`);
    for (const skipped of s.skipped) print(`  ${skipped.message}`);
  }
  print(`Done in ${s.ms} ms.`);
  if (s.staleEvidenceRemoved > 0) print(`Removed ${s.staleEvidenceRemoved} evidence entries no longer in the seed.`);
  if (s.staleContextRemoved > 0) print(`Removed ${s.staleContextRemoved} context sentences no longer in the seed.`);
  print(`The database now holds ${s.totalNodes} nodes and ${s.totalRelationships} relationships.`);
  const table = (title: string, counts: Record<string, number>): void => {
    print(`${title}:`);
    for (const [key, n] of Object.entries(counts)) print(`  ${key.padEnd(24)} ${String(n).padStart(6)}`);
  };
  table('Nodes by label', s.nodesByLabel);
  table('Relationships by type', s.relationshipsByType);
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false }, dir: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } }));
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const dir = values.dir ?? DEFAULT_SEED_DIR;
  // With --json, stdout carries only the JSON ({ errors: [] } when all is well) and the report goes to stderr.
  const print = (line: string): void => (values.json ? console.error(line) : console.log(line));
  const dryRun = values['dry-run'];
  const config = loadConfig();
  const uri = config.neo4j.uri ?? `bolt://127.0.0.1:${config.neo4j.boltPort}`;
  const db = new Db({ uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database });
  try {
    if (!(await db.ping())) {
      if (!dryRun) {
        console.error(`No Neo4j answers at ${uri}. Start Linkage's own with \`npm run neo4j\`, or set NEO4J_URI.`);
        return 1;
      }
      // A dry run is mostly about the files, so it still checks them without a database.
      const errors = validateDataset(readDataset(dir));
      if (errors.length > 0) throw new SeedValidationError(errors);
      print(`No Neo4j answers at ${uri}; checked the files only: the seed in ${dir} is valid.`);
      if (values.json) console.log(JSON.stringify({ errors: [] }));
      return 0;
    }
    print(`Loading the seed from ${dir} into ${uri}${dryRun ? ' (dry run)' : ''}.`);
    printSummary(await loadSeedDirectory(db, { dir, dryRun, log: print }), print);
    if (values.json) console.log(JSON.stringify({ errors: [] }));
    return 0;
  } catch (err) {
    if (!(err instanceof SeedValidationError)) throw err;
    // For editors and scripts: each error's code, file, index, id, field and message.
    if (values.json) console.log(JSON.stringify({ errors: err.errors }, null, 2));
    console.error(`The seed has ${err.errors.length} error${err.errors.length === 1 ? '' : 's'}; nothing was written:`);
    for (const e of err.errors) console.error(formatSeedError(e));
    return 1;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
