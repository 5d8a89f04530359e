// `npm run codegen`: writes the wire types generated from server/schema/schema.graphql and the
// page's operations (see scripts/lib/wire-codegen.ts). Run it after changing either; a unit test
// fails while a committed file is out of date.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { absolute, generateWireFiles } from './lib/wire-codegen';

async function main(): Promise<void> {
  for (const { file, content } of await generateWireFiles()) {
    const target = absolute(file);
    let before: string | null = null;
    try { before = readFileSync(target, 'utf8'); } catch { /* a new file */ }
    if (before === content) { console.log(`unchanged ${file}`); continue; }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
    console.log(`wrote     ${file}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
