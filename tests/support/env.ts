// Where the test Neo4j lives, and the configuration tests build the server from. Tests never touch
// the developer's database or read the developer's .env: they start their own Neo4j on another port
// and data folder (unless TEST_NEO4J_URI points at a disposable one), and every Config they build
// comes from testConfig(), which ignores both the environment and .env.
import path from 'node:path';
import { loadConfig, readSettings, REPO_ROOT } from '../../server/config';
import type { Config } from '../../server/config';
import { Db } from '../../server/db';

/** The test settings (TEST_NEO4J_*, the scratch ports, LINKAGE_NEO4J_CDS), from the environment only. */
const settings = readSettings(process.env, { dotenv: false });

export const TEST_NEO4J = {
  port: Number(settings.TEST_NEO4J_BOLT_PORT ?? 7688),
  password: settings.TEST_NEO4J_PASSWORD ?? 'linkage-test-password',
  user: settings.TEST_NEO4J_USER ?? 'neo4j',
  dataDir: path.join(REPO_ROOT, '.data', 'neo4j-test'),
  classDataSharing: settings.LINKAGE_NEO4J_CDS?.trim() !== '0',
};

/** Bolt ports of the scratch Neo4j that some test files start of their own (tests/support/scratch-neo4j.ts). */
export const SCRATCH_NEO4J_PORTS = {
  roundtrip: Number(settings.LINKAGE_ROUNDTRIP_NEO4J_PORT ?? 7691),
  /** The seed's revision tests (seed-revisions.test.ts) edit as accounts and re-run the seed. */
  seed: Number(settings.LINKAGE_SEED_NEO4J_PORT ?? 7698),
  import: Number(settings.LINKAGE_IMPORT_NEO4J_PORT ?? 7692),
  /** The accounts tests write users, sessions and tokens; the seeded database's node counts stay untouched. */
  accounts: Number(settings.LINKAGE_ACCOUNTS_NEO4J_PORT ?? 7694),
  /** The editing tests write (proposals, reviews, reverts): two files, on this port and the one after it. */
  editing: Number(settings.LINKAGE_EDITING_NEO4J_PORT ?? 7696),
  /** The intake tests write (sources, proposals, reviews): intake.test.ts on this port, intake-graph.test.ts on the one after it. */
  intake: Number(settings.LINKAGE_INTAKE_NEO4J_PORT ?? 7700),
  /** The supervision test's Neo4j, which it kills and its supervisor restarts. */
  supervision: Number(settings.LINKAGE_SUPERVISION_NEO4J_PORT ?? 7699),
  /** The write-fault test's Neo4j, killed under a write load. */
  writeFaults: Number(settings.LINKAGE_WRITE_FAULTS_NEO4J_PORT ?? 7702),
  /** The backup round trip: a seeded, edited Neo4j it backs up, and an empty one it restores into. */
  backup: Number(settings.LINKAGE_BACKUP_NEO4J_PORT ?? 7730),
  restore: Number(settings.LINKAGE_RESTORE_NEO4J_PORT ?? 7732),
  /** The notes tests write notes as accounts of each role, and retire a link. */
  notes: Number(settings.LINKAGE_NOTES_NEO4J_PORT ?? 7734),
  /** The bulk import (bulk-import.test.ts): its own store on this port, the incremental loader's on the one after it. */
  bulk: Number(settings.LINKAGE_BULK_NEO4J_PORT ?? 7736),
  /** The intake page journey stores articles and accepts a link: a seeded database of its own. */
  intakeJourney: Number(settings.LINKAGE_INTAKE_JOURNEY_NEO4J_PORT ?? 7738),
  /** The global setup's seeded store that seeded scratches copy (scratch-neo4j.ts), only while it is built. */
  seededTemplate: Number(settings.LINKAGE_SEEDED_TEMPLATE_NEO4J_PORT ?? 7740),
};

/**
 * The server's configuration in tests: the defaults, whatever the environment or .env say; `over`
 * replaces parts. The log is silent: a test that reads it passes a logger from captureLogger().
 */
export function testConfig(over: Partial<Config> = {}): Config {
  return { ...loadConfig({}, { dotenv: false }), host: '127.0.0.1', port: 0, log: { level: 'silent', format: 'json' }, ...over };
}

/** The test Neo4j's address, which the global setup hands to the test workers through the environment. */
export function testDbOptions(): { uri: string; user: string; password: string } {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: run the tests through jest, whose global setup starts Neo4j');
  return { uri, user: TEST_NEO4J.user, password: process.env.TEST_NEO4J_PASSWORD ?? TEST_NEO4J.password };
}

export function testDb(): Db {
  return new Db(testDbOptions());
}
