import type { ExportEntity, ExportRelationship } from '../../server/export';
import { toRows } from '../../seed/loader/rows';
import type { Dataset } from '../../seed/loader/types';
import { planImport } from '../../seed/import/plan';
import { readJsonImport } from '../../seed/import/read-json';
import { recordBatches } from '../../seed/loader/revise';
import { rowsToRecords } from '../../seed/loader/records';
import type { RelationshipRecord } from '../../server/revisions';
import type { Stored } from '../../seed/import/stored';

const source = { id: 'src', title: 'T', publisher: 'P', author: null, publishedOn: '2021-08', publishedOnBasis: 'STATED' as const, publishedOnNote: null, url: null, text: 'Alpha builds cars for Beta. Beta says so.' };
const alpha: ExportEntity = { id: 'alpha', name: 'Alpha', kind: 'AUTOMAKER', country: 'CN', aliases: ['阿尔法'], description: null };
const beta: ExportEntity = { id: 'beta', name: 'Beta', kind: 'EV_STARTUP', country: 'CN', aliases: [], description: null };
const link = {
  id: 'beta-built-by-alpha', type: 'BUILT_BY', from: 'beta', to: 'alpha', status: 'CONFIRMED',
  evidence: [{ source: 'src', quote: 'Alpha builds cars for Beta.', attribution: { kind: 'ARTICLE' } }],
};

function checked(file: object, stored: Stored): Parameters<typeof planImport>[0] {
  const batch = readJsonImport('f.json', JSON.stringify(file));
  const dataset = {
    dir: 'test',
    // As checkImport does, a source the file only cites comes after the file's own, from the database.
    sources: [...batch.sources.map((s) => s.record), ...(batch.sources.length === 0 ? [source] : [])].map((s) => ({ ...(s as object), file: 'x.txt', textPath: 'x' })),
    entities: batch.entities.map((e) => e.record),
    relationships: batch.relationships.map((r) => r.record),
  } as Dataset;
  return { batch, dataset, rows: toRows(dataset), stored };
}

const storedLink = (quotes: string[]): ExportRelationship => ({
  id: link.id, type: 'BUILT_BY', from: 'beta', to: 'alpha', status: 'CONFIRMED', validFrom: null, validFromBasis: null, validTo: null, validToBasis: null, datesNote: null,
  role: null, note: null, fromName: 'Beta', toName: 'Alpha',
  evidence: quotes.map((quote) => ({
    source: 'src', quote, reportedOn: '2021-08', stance: 'SUPPORTS' as const, sourceTitle: 'T', attribution: { kind: 'ARTICLE' as const, name: null, entity: null }, marksEnd: false,
  })),
  context: [],
});

describe('import plan', () => {
  it('marks everything new in an empty database and writes all of it', () => {
    const plan = planImport(checked({ sources: [source], entities: [alpha, beta], relationships: [link] }, { sources: new Map(), entities: new Map(), relationships: new Map() }));
    expect(plan.entities).toEqual({ created: ['alpha', 'beta'], changed: [], unchanged: 0 });
    expect(plan.relationships.created).toEqual([link.id]);
    expect(plan.quotes).toEqual({ added: 1, removed: 0 });
    expect(plan.rows.evidence).toHaveLength(1);
    expect(plan.fileOf.entities.get('alpha')).toBe('f.json');
  });

  it('treats records equal to the stored ones after defaults (reported on, stance) as unchanged and writes nothing', () => {
    const stored: Stored = {
      sources: new Map([[source.id, source]]),
      entities: new Map([[alpha.id, alpha], [beta.id, beta]]),
      relationships: new Map([[link.id, storedLink(['Alpha builds cars for Beta.'])]]),
    };
    const plan = planImport(checked({ sources: [source], entities: [alpha, beta], relationships: [link] }, stored));
    expect([plan.sources.unchanged, plan.entities.unchanged, plan.relationships.unchanged]).toEqual([1, 2, 1]);
    expect(plan.rows).toEqual({ sources: [], entities: [], relationships: [], evidence: [], evidenceCounts: [], context: [], contextCounts: [] });
  });

  it('counts quotes the import adds and those it drops from a changed relationship', () => {
    const stored: Stored = { sources: new Map(), entities: new Map(), relationships: new Map([[link.id, storedLink(['Beta says so.', 'Alpha builds cars for Beta.', 'Old one.'])]]) };
    const plan = planImport(checked({ relationships: [{ ...link, evidence: [{ source: 'src', quote: 'Alpha builds cars for Beta.', attribution: { kind: 'ARTICLE' } }, { source: 'src', quote: 'Beta says so.', stance: 'CONTRADICTS', attribution: { kind: 'ARTICLE' } }] }] }, stored));
    expect(plan.relationships.changed).toEqual([link.id]);
    expect(plan.quotes).toEqual({ added: 1, removed: 2 });
  });
});

describe('import write', () => {
  it('writes sources, then entities, then relationships together with their own evidence', () => {
    const { rows } = checked({
      sources: [source], entities: [alpha, beta],
      relationships: [link, { ...link, id: 'second', evidence: [link.evidence[0], { source: 'src', quote: 'Beta says so.', attribution: { kind: 'ARTICLE' } }] }],
    }, { sources: new Map(), entities: new Map(), relationships: new Map() });
    const batches = [...recordBatches(rowsToRecords(rows), 1)];
    expect(batches.map((b) => [b.kind, b.records.length])).toEqual([['source', 1], ['entity', 1], ['entity', 1], ['relationship', 1], ['relationship', 1]]);
    const second = batches[4]?.records[0] as RelationshipRecord | undefined;
    expect(second?.evidence.map((e) => e.id)).toEqual(['second#0', 'second#1']);
    expect(second?.evidence.length).toBe(2);
  });
});
