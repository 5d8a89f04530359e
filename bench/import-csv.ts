// The generator's graph in the import's own CSV format (docs/import.md, CSV_FORMATS): the files
// `npm run import -- --bulk DIR` (or the incremental import) reads. Streamed like the bulk path,
// so any size can be written: `npm run bench -- csv DIR [--size S|M|L | --entities N] [--seed N]`.
import fs from 'node:fs';
import path from 'node:path';
import { ALIAS_SEPARATOR, CSV_FORMATS } from '#vocabulary/records/import';
import type { LoadedSource, SeedEntity, SeedRelationship } from '../seed/loader/types';
import { cell } from '../seed/bulk/admin-csv';
import { SyncFile } from '../seed/bulk/sync-file';
import { streamGraph } from './generate';
import type { GraphSummary } from './generate';
import { BucketSentences } from './sentences';

const columns = (kind: 'entities' | 'sources' | 'relationships'): string[] =>
  Object.keys(CSV_FORMATS.find((f) => f.kind === kind)?.columns ?? {});

const csvLine = (cells: readonly (string | boolean | null | undefined)[]): string => `${cells.map((c) => cell(c ?? null)).join(',')}\n`;

export function writeImportCsv(dir: string, entities: number, seed: number, linkScale = 1): GraphSummary {
  fs.mkdirSync(dir, { recursive: true });
  const files = {
    entities: new SyncFile(path.join(dir, 'entities.csv')),
    sources: new SyncFile(path.join(dir, 'sources.csv')),
    relationships: new SyncFile(path.join(dir, 'relationships.csv')),
  };
  for (const kind of ['entities', 'sources', 'relationships'] as const) files[kind].write(csvLine(columns(kind)));
  const entityRow = (e: SeedEntity): string => csvLine([e.id, e.name, e.kind, e.country, (e.aliases ?? []).join(` ${ALIAS_SEPARATOR} `), e.description]);
  const sourceRow = (s: LoadedSource): string => csvLine([s.id, s.title, s.publisher, s.author, s.publishedOn, s.publishedOnBasis, s.publishedOnNote, s.url, s.text]);
  const relRows = (r: SeedRelationship): string => r.evidence.map((ev) => csvLine([
    r.id, r.from, null, r.to, null, r.type, r.status, r.validFrom, r.validFromBasis, r.validTo, r.validToBasis, r.datesNote, r.role, r.note,
    'EVIDENCE', ev.source, null, ev.quote, ev.reportedOn, ev.stance, ev.attribution.kind, ev.attribution.name, ev.attribution.entity,
    String(ev.marksEnd ?? false),
  ])).join('');
  const summary = streamGraph(entities, seed, {
    entity: (e) => files.entities.write(entityRow(e)),
    relationship: (r) => files.relationships.write(relRows(r)),
    source: (s) => files.sources.write(sourceRow(s)),
  }, { linkScale, sentences: new BucketSentences(path.join(dir, '.sentences')) });
  for (const f of Object.values(files)) f.close();
  fs.rmSync(path.join(dir, '.sentences'), { recursive: true, force: true });
  return summary;
}
