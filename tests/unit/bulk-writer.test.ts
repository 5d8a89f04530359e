import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { generateGraph } from '../../bench/generate';
import { stableRecordJson } from '../../server/revisions';
import { ARRAY_DELIMITER, cell, HEADERS, line } from '../../seed/bulk/admin-csv';
import { adminImportArgs, readBufferBytes } from '../../seed/bulk/admin-import';
import { entityRecord, relationshipRecord, sourceRecord } from '../../seed/bulk/records';
import { BulkWriter } from '../../seed/bulk/writer';
import { rowsToRecords } from '../../seed/loader/records';
import { toRows } from '../../seed/loader/rows';

const AT = new Date('2026-05-06T07:08:09.000Z');

function readCsv(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
}

describe('seed/bulk admin-csv', () => {
  it('writes no property for null, quotes an empty string, and joins lists with the unit separator', () => {
    expect(cell(null)).toBe('');
    expect(cell(undefined)).toBe('');
    expect(cell('')).toBe('""');
    expect(cell([])).toBe('');
    expect(cell(['a;b', 'c'])).toBe(`a;b${ARRAY_DELIMITER}c`);
    expect(cell(3)).toBe('3');
    expect(cell(false)).toBe('false');
  });

  it('quotes cells with commas, quotes or line breaks, doubling the quotes', () => {
    expect(line(['a,b', 'say "hi"', 'plain'])).toBe('"a,b","say ""hi""",plain\n');
    expect(line(['one\n\ntwo'])).toBe('"one\n\ntwo"\n');
  });
});

describe('seed/bulk records', () => {
  it('turns seed records into the versioned records toRows and rowsToRecords make of the whole data set', () => {
    const { dataset } = generateGraph(300, 7);
    const expected = rowsToRecords(toRows(dataset));
    const publishedOn = new Map(dataset.sources.map((s) => [s.id, s.publishedOn]));
    expect(dataset.sources.map(sourceRecord)).toEqual(expected.sources);
    expect(dataset.entities.map(entityRecord)).toEqual(expected.entities);
    expect(dataset.relationships.map((r) => relationshipRecord(r, publishedOn))).toEqual(expected.relationships);
  });
});

describe('seed/bulk writer', () => {
  const { dataset } = generateGraph(300, 7);
  const rows = toRows(dataset);
  const records = rowsToRecords(rows);
  let dir = '';
  let files: ReturnType<BulkWriter['close']>;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkage-bulk-writer-'));
    const writer = new BulkWriter({ dir, authorId: 'seed-id', at: AT, reason: (kind) => `test ${kind}` });
    records.sources.forEach((s) => writer.source(s));
    records.entities.forEach((e) => writer.entity(e));
    records.relationships.forEach((r) => writer.relationship(r));
    files = writer.close();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes each file with its header and counts what it wrote', () => {
    for (const [name, header] of Object.entries(HEADERS)) {
      expect(fs.readFileSync(path.join(dir, `${name}.csv`), 'utf8').split('\n')[0]).toBe(header.join(','));
    }
    expect(files.counts).toEqual({
      sources: rows.sources.length, entities: rows.entities.length, relationships: rows.relationships.length,
      evidence: rows.evidence.length, context: rows.context.length, revisions: rows.sources.length + rows.entities.length + rows.relationships.length,
    });
  });

  it("keeps every line break out of neo4j-admin's files and defers those values, with the record they belong to", () => {
    for (const file of [...files.nodes, ...files.relationships]) {
      const text = fs.readFileSync(file, 'utf8');
      // One line per record and one for the header: no cell spans lines.
      expect(text.split('\n').length - 1).toBe(readCsv(file).length + 1);
    }
    const deferred = fs.readFileSync(files.deferred, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { kind: string; id: string; props: { text: string } });
    expect(deferred.map((d) => [d.kind, d.id, d.props.text])).toEqual(rows.sources.map((s) => ['source', s.id, s.text]));
    expect(readCsv(path.join(dir, 'sources.csv')).every((s) => s.text === '')).toBe(true);
  });

  it('writes the derived fields the MERGE statements store: labels, search keys, day bounds, quotes with their dates', () => {
    const entities = readCsv(path.join(dir, 'entities.csv'));
    expect(entities.map((e) => e['id:ID(Entity)'])).toEqual(rows.entities.map((e) => e.id));
    entities.forEach((e, i) => {
      const row = rows.entities[i];
      expect(e[':LABEL']?.split(ARRAY_DELIMITER)).toEqual(['Entity', row?.label]);
      expect(e['searchKeys:string[]']?.split(ARRAY_DELIMITER)).toEqual(row?.searchKeys);
      expect(e['aliases:string[]']?.split(ARRAY_DELIMITER)).toEqual(row?.aliases);
    });
    const rels = readCsv(path.join(dir, 'relationships.csv'));
    rels.forEach((r, i) => {
      const row = rows.relationships[i];
      expect([r[':START_ID(Entity)'], r[':END_ID(Entity)'], r[':TYPE'], r.id]).toEqual([row?.from, row?.to, row?.type, row?.id]);
      expect(r['validFromStart:date'] || null).toBe(row?.validFromStart);
      expect(r['validToEnd:date'] || null).toBe(row?.validToEnd);
      expect([r['version:long'], r.revisedBy, r['revisedAt:datetime']]).toEqual(['1', 'seed-id', AT.toISOString()]);
    });
    const evidence = readCsv(path.join(dir, 'evidence.csv'));
    expect(evidence.map((e) => [e['id:ID(Evidence)'], e.relId, e.quote, e.reportedOn, e['ord:long']]))
      .toEqual(rows.evidence.map((e) => [e.id, e.relId, e.quote, e.reportedOn, String(e.ord)]));
    expect(readCsv(path.join(dir, 'sources.csv')).map((s) => s.title)).toEqual(rows.sources.map((s) => s.title));
    expect(readCsv(path.join(dir, 'evidenceCites.csv')).map((c) => [c[':START_ID(Evidence)'], c[':END_ID(Source)']])).toEqual(rows.evidence.map((e) => [e.id, e.source]));
  });

  it('records one CREATE revision per record, with unique ids and the JSON the revision path stores', () => {
    const revisions = readCsv(path.join(dir, 'revisions.csv'));
    const ids = revisions.map((r) => r['id:ID(Revision)']);
    expect(new Set(ids).size).toBe(ids.length);
    const expected = [
      ...records.sources.map((s) => stableRecordJson('source', s)),
      ...records.entities.map((e) => stableRecordJson('entity', e)),
      ...records.relationships.map((r) => stableRecordJson('relationship', r)),
    ];
    expect(revisions.map((r) => r.after)).toEqual(expected);
    expect(new Set(revisions.map((r) => r.action))).toEqual(new Set(['CREATE']));
    // Each record's stamp names its revision.
    const stamped = readCsv(path.join(dir, 'entities.csv')).map((e) => e.revisionId);
    expect(stamped.every((id) => ids.includes(id))).toBe(true);
  });

  it('passes neo4j-admin every file and the list delimiter, and stops at the first bad entry', () => {
    const args = adminImportArgs({ dataDir: '/data', files });
    expect(args.slice(0, 3)).toEqual(['database', 'import', 'full']);
    expect(args.filter((a) => a.startsWith('--nodes='))).toHaveLength(files.nodes.length);
    expect(args.filter((a) => a.startsWith('--relationships='))).toHaveLength(files.relationships.length);
    expect(args).toEqual(expect.arrayContaining(['--array-delimiter=U+001F', '--bad-tolerance=0']));
    expect(args.some((a) => a.startsWith('--multiline'))).toBe(false);
    expect(args.at(-1)).toBe('neo4j');
  });

  it('sizes the read buffer to hold the longest line it wrote, never below neo4j-admin\'s 4 MiB', () => {
    const longest = Math.max(...fs.readdirSync(dir).filter((f) => f.endsWith('.csv'))
      .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n').map((l) => l.length + 1)));
    expect(files.longestLine).toBe(longest);
    expect(adminImportArgs({ dataDir: '/data', files })).toContain(`--read-buffer-size=${4 * 1024 * 1024}`);
    // A source revision of a 5 MB article (one JSON line) needs a buffer of three bytes a unit, in whole MiB.
    expect(readBufferBytes(5_000_000)).toBe(15 * 1024 * 1024);
    expect(readBufferBytes(5_000_000)).toBeGreaterThanOrEqual(5_000_000 * 3);
  });
});
