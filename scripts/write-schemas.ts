// `npx tsx scripts/write-schemas.ts`: writes docs/schema/*.schema.json from vocabulary/records/schema.ts.
// Run it after changing the vocabulary or a record format; tests/unit/records-schema.test.ts fails
// while the published files differ from what this writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { recordSchemas, schemaFileText } from '#vocabulary/records/schema';
import { REPO_ROOT } from '../server/config';

const dir = path.join(REPO_ROOT, 'docs', 'schema');
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(recordSchemas())) {
  writeFileSync(path.join(dir, name), schemaFileText(schema));
  console.log(`wrote docs/schema/${name}`);
}
