// Loads the curated seed when the database is empty or the seed files changed since the last load.
// The loader is idempotent, so this only saves time; it never deletes anything, and it never
// overwrites a record someone edited (it lists those). The old import history is migrated into
// revisions at every start, seed or no seed, before the API can write any revision of its own.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../server/config';
import { statement } from '../../server/cypher';
import type { Db } from '../../server/db';
import { loadSeedDirectory } from '../../seed/loader';
import { migrateImportHistory } from '../../seed/migrate';

/**
 * Part of the hash, so that a change to how the seed is written reloads it once: the first start
 * with revisions gives every record its first revision by the seed account.
 */
const WRITER_VERSION = 'revisions-1';

export function seedHash(dir: string = path.join(REPO_ROOT, 'seed')): string {
  const hash = createHash('sha256').update(`${WRITER_VERSION}\0`);
  for (const sub of ['data', 'sources']) {
    for (const name of readdirSync(path.join(dir, sub)).sort()) {
      hash.update(`${sub}/${name}\0`).update(readFileSync(path.join(dir, sub, name))).update('\0');
    }
  }
  return hash.digest('hex');
}

export async function seedIfChanged(db: Db, log: (line: string) => void = console.log): Promise<void> {
  const hash = seedHash();
  await migrateImportHistory(db, { log });
  const [row] = await db.read(statement('admin/seed-stamp-get', {}));
  if (row && row.hash === hash && Number(row.entities) > 0) {
    log(`Seed unchanged since last load (${String(row.entities)} entities); skipping.`);
    return;
  }
  const summary = await loadSeedDirectory(db, { log });
  if (summary.skipped.length > 0) {
    log(`Left alone, edited by others since the seed's last revision (${summary.skipped.length}):`);
    for (const s of summary.skipped) log(`  ${s.message}`);
  }
  await db.write(statement('admin/seed-stamp-set', { hash }));
}
