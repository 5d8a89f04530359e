// Round trip: export the seeded graph as JSON, import the file into a second, empty Neo4j, export
// that one again, and get the same bytes. Also checks that the import says where its data came from.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startScratchNeo4j } from '../support/scratch-neo4j';
import type { ScratchNeo4j } from '../support/scratch-neo4j';
import { statement } from '../../server/cypher';
import { int } from '../../server/db';
import type { Db } from '../../server/db';
import { collectText, csvExport, graphmlExport, jsonExport, NO_FILTER, readExportData } from '../../server/export';
import { importFiles } from '../../seed/import';
import { addTestUser } from '../support/accounts';
import { readDataset } from '../../seed/loader';
import { SCRATCH_NEO4J_PORTS, testDb } from '../support/env';

const PORT = SCRATCH_NEO4J_PORTS.roundtrip;

describe('export round trip', () => {
  let scratch: ScratchNeo4j | undefined;
  let dir: string;
  let seeded: Db;
  let copy: Db;
  let file: string;
  const IMPORTED_AT = new Date('2026-01-02T03:04:05.000Z');

  beforeAll(async () => {
    scratch = await startScratchNeo4j('roundtrip', PORT);
    ({ dir } = scratch);
    copy = scratch.db;
    seeded = testDb();
    file = path.join(dir, 'linkage-graph.json');
    writeFileSync(file, await collectText(jsonExport(readExportData(seeded, NO_FILTER))));
    // Imports are attributed to an editor account, which the empty database needs first.
    await addTestUser(copy, 'roundtrip@example.com');
    await importFiles(copy, [{ path: file }], { as: 'roundtrip@example.com', now: IMPORTED_AT });
  }, 240_000);

  afterAll(async () => {
    await seeded?.close();
    await scratch?.stop();
  }, 60_000);

  it('exports JSON, imports it into an empty database and exports the same bytes again', async () => {
    const first = await collectText(jsonExport(readExportData(seeded, NO_FILTER)));
    const second = await collectText(jsonExport(readExportData(copy, NO_FILTER)));
    expect((JSON.parse(second) as { relationships: unknown[] }).relationships).toHaveLength(readDataset().relationships.length);
    expect(second).toBe(first);
  });

  it('gives the copy the same GraphML and CSV exports too', async () => {
    expect(await collectText(graphmlExport(readExportData(copy, NO_FILTER)))).toBe(await collectText(graphmlExport(readExportData(seeded, NO_FILTER))));
    expect(await collectText(csvExport(readExportData(copy, NO_FILTER).relationships()))).toBe(await collectText(csvExport(readExportData(seeded, NO_FILTER).relationships())));
  });

  it('makes the copy searchable in Chinese, because the import creates the schema in an empty database', async () => {
    const hits = await copy.read(statement('query/search/fulltext', { query: '蔚来', limit: int(5) }));
    expect(hits.map((h) => (h.entity as { id: string }).id)).toContain('nio');
  });

  it('records the file name and time on everything it wrote', async () => {
    const seed = readDataset();
    const stamps = await copy.read(statement('export/import-stamps', {}));
    const at = IMPORTED_AT.toISOString().replace('.000', '');
    expect(stamps).toEqual([
      { kind: 'context', file: 'linkage-graph.json', count: seed.relationships.reduce((n, r) => n + (r.context?.length ?? 0), 0), latest: at },
      { kind: 'entity', file: 'linkage-graph.json', count: seed.entities.length, latest: at },
      { kind: 'evidence', file: 'linkage-graph.json', count: seed.relationships.reduce((n, r) => n + r.evidence.length, 0), latest: at },
      { kind: 'relationship', file: 'linkage-graph.json', count: seed.relationships.length, latest: at },
      { kind: 'source', file: 'linkage-graph.json', count: seed.sources.length, latest: at },
    ]);
  });

  it('imports its own CSV export again as the same links, attributions, date bases and context sentences', async () => {
    const csvFile = path.join(dir, 'linkage-relationships.csv');
    const before = await collectText(csvExport(readExportData(seeded, NO_FILTER).relationships()));
    writeFileSync(csvFile, before);
    const summary = await importFiles(copy, [{ path: csvFile }], { dryRun: true });
    expect(summary.relationships.unchanged).toBe(readDataset().relationships.length);
    expect([summary.relationships.created, summary.relationships.changed]).toEqual([[], []]);
    expect([summary.quotes, summary.context]).toEqual([{ added: 0, removed: 0 }, { added: 0, removed: 0 }]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const summary = await importFiles(copy, [{ path: file }], { as: 'roundtrip@example.com', now: new Date('2027-01-01T00:00:00Z') });
    const seed = readDataset();
    expect([summary.sources.unchanged, summary.entities.unchanged, summary.relationships.unchanged]).toEqual([seed.sources.length, seed.entities.length, seed.relationships.length]);
    expect(summary.written).toEqual({ sources: 0, entities: 0, relationships: 0, evidence: 0, staleEvidenceRemoved: 0, context: 0, staleContextRemoved: 0 });
    const stamps = await copy.read(statement('export/import-stamps', {}));
    expect(stamps.map((s) => s.latest)).toEqual(stamps.map(() => IMPORTED_AT.toISOString().replace('.000', '')));
  });
});
