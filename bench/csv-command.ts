// `npm run bench -- csv DIR [--size S|M|L | --entities N] [--seed N]`: the benchmark's synthetic
// graph in the import's CSV format (import-csv.ts), the files `npm run import -- --bulk DIR` reads.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../server/config';
import { writeImportCsv } from './import-csv';
import { linkScaleOf, SIZES } from './options';
import type { Size } from './options';

export function runCsvCommand(argv: string[]): number {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { size: { type: 'string' }, entities: { type: 'string' }, seed: { type: 'string' } } });
  const dir = positionals[0];
  const size = (values.size ?? 'S').toUpperCase();
  if (!dir || positionals.length > 1 || !(size in SIZES)) {
    console.error('Usage: npm run bench -- csv DIR [--size S|M|L | --entities N] [--seed N]');
    return 2;
  }
  const entities = values.entities ? Number(values.entities) : SIZES[size as Size];
  const seed = Number(values.seed ?? 42);
  if (!Number.isInteger(entities) || entities < 100 || !Number.isInteger(seed)) {
    console.error('--entities must be a whole number >= 100, --seed a whole number');
    return 2;
  }
  const out = path.resolve(process.env.INIT_CWD ?? REPO_ROOT, dir);
  const started = Date.now();
  const summary = writeImportCsv(out, entities, seed, values.entities ? 1 : linkScaleOf(size as Size));
  console.log(`Wrote ${summary.entities.length} entities, ${summary.relationships} relationships (${summary.evidence} quotes) and ${summary.sources.length} sources to ${out} in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  return 0;
}
