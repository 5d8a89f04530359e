// Loads the curated seed when the database is empty or the seed files changed since the last load.
// The loader is idempotent, so this only saves time; it never deletes anything.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../server/config';
import { statement } from '../../server/cypher';
import type { Db } from '../../server/db';
import { loadSeedDirectory } from '../../seed/loader';

export function seedHash(dir: string = path.join(REPO_ROOT, 'seed')): string {
  const hash = createHash('sha256');
  for (const sub of ['data', 'sources']) {
    for (const name of readdirSync(path.join(dir, sub)).sort()) {
      hash.update(`${sub}/${name}\0`).update(readFileSync(path.join(dir, sub, name))).update('\0');
    }
  }
  return hash.digest('hex');
}

export async function seedIfChanged(db: Db, log: (line: string) => void = console.log): Promise<void> {
  const hash = seedHash();
  const [row] = await db.read(statement('admin/seed-stamp-get', {}));
  if (row && row.hash === hash && Number(row.entities) > 0) {
    log(`Seed unchanged since last load (${String(row.entities)} entities); skipping.`);
    return;
  }
  await loadSeedDirectory(db, { log });
  await db.write(statement('admin/seed-stamp-set', { hash }));
}
