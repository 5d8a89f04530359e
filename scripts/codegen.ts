// `npm run codegen` writes the wire types generated from server/schema/schema.graphql and the
// page's operations (see scripts/lib/wire-codegen.ts); run it after changing either.
// `npm run codegen -- --check [--schema FILE]` writes nothing and exits 1 when a committed file
// differs from what the schema (or FILE instead of schema.graphql, joined with the files that extend it) generates; tests/unit/wire-codegen.test.ts runs it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { joinTypeDefs } from '../server/schema';
import { absolute, generateWireFiles } from './lib/wire-codegen';

const readOrNull = (file: string): string | null => {
  try { return readFileSync(file, 'utf8'); } catch { return null; }
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, schema: { type: 'string' } } });
  const files = await generateWireFiles(values.schema === undefined ? undefined : joinTypeDefs(readFileSync(values.schema, 'utf8')));
  const stale = files.filter(({ file, content }) => readOrNull(absolute(file)) !== content);
  if (values.check) {
    for (const { file } of stale) console.error(`${file} is out of date with server/schema/schema.graphql or client/src/api/queries.ts: run npm run codegen`);
    if (stale.length > 0) process.exitCode = 1;
    return;
  }
  for (const { file, content } of stale) {
    mkdirSync(path.dirname(absolute(file)), { recursive: true });
    writeFileSync(absolute(file), content);
    console.log(`wrote ${file}`);
  }
  if (stale.length === 0) console.log('The generated wire types are up to date.');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
