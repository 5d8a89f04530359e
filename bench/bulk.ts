// The benchmark's bulk path: the generator streams the graph straight into neo4j-admin's CSV
// files (seed/bulk's writer, the same one `npm run import -- --bulk` uses), the offline importer
// builds a new store from them, and Neo4j starts on it and builds the indexes. Minutes where the
// incremental loader takes hours at L, and no quote is held in memory on the way.
import fs from 'node:fs';
import path from 'node:path';
import { SYSTEM_ACCOUNTS } from '#vocabulary/roles';
import { runAdminImport } from '../seed/bulk/admin-import';
import { entityRecord, relationshipRecord, sourceRecord } from '../seed/bulk/records';
import { BulkWriter } from '../seed/bulk/writer';
import type { BulkFiles } from '../seed/bulk/writer';
import { streamGraph } from './generate';
import type { GraphSummary } from './generate';
import { BucketSentences } from './sentences';

export interface GeneratedFiles { summary: GraphSummary; files: BulkFiles; ms: number }

/** Streams the graph into admin CSV files in dir (emptied first); sources are written last, once their texts are complete. */
export function generateCsv(dir: string, entities: number, seed: number, linkScale: number, log: (line: string) => void): GeneratedFiles {
  const started = Date.now();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const writer = new BulkWriter({
    dir, authorId: SYSTEM_ACCOUNTS.seed.id, at: new Date(), reason: (kind) => `Benchmark bulk load (${kind}s.csv)`,
  });
  const publishedOn = new Map<string, string>();
  let lastLog = Date.now();
  const summary = streamGraph(entities, seed, {
    entity: (e) => writer.entity(entityRecord(e)),
    relationship: (r) => {
      writer.relationship(relationshipRecord(r, publishedOn));
      if (Date.now() - lastLog > 10_000) {
        lastLog = Date.now();
        log(`  generated ${writer.counts.relationships.toLocaleString('en')} relationships, ${writer.counts.evidence.toLocaleString('en')} quotes (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      }
    },
    source: (s) => writer.source(sourceRecord(s)),
    begin: (sources) => { for (const s of sources) publishedOn.set(s.id, s.publishedOn); },
  }, { linkScale, sentences: new BucketSentences(path.join(dir, 'sentences')) });
  const files = writer.close();
  fs.rmSync(path.join(dir, 'sentences'), { recursive: true, force: true });
  return { summary, files, ms: Date.now() - started };
}

export async function importCsv(dataDir: string, files: BulkFiles, log: (line: string) => void): Promise<number> {
  const started = Date.now();
  await runAdminImport({ dataDir, files, log: (line) => log(`  ${line}`) });
  return Date.now() - started;
}

/** Bytes under dir, for the store's size on disk. */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(full) : fs.statSync(full).size;
  }
  return total;
}
