// Every statement under cypher/query/ and cypher/export/ run on the seeded test Neo4j, its
// returned column names compared with its `// Columns:` header. Each runs in a write transaction
// that is rolled back, so the one statement that writes (export/stamp-imported) leaves no trace.
// A new statement fails here until it has sample parameters (or is listed as not run, and why).
import { ENTITY_KINDS, RELATION_TYPES } from '#vocabulary';
import { loadCypher, statement } from '../../server/cypher';
import { int } from '../../server/db';
import type { Db, Statement } from '../../server/db';
import { NO_EXCLUSION } from '../../server/translate/exclusion';
import { translateFilter } from '../../server/translate/filter';
import { buildSearchQuery } from '../../server/translate/search-query';
import { testDb } from '../support/env';

const filter = translateFilter({ statuses: ['CONFIRMED', 'ENDED'] }, ['nio']);
const SOURCE = 'yicai-2018-oem-boost';
const stamp = {
  sources: [{ id: SOURCE, file: 'columns-test.json' }],
  entities: [{ id: 'nio', file: 'columns-test.json' }],
  relationships: [{ id: 'nio-built-by-jac', from: 'nio', file: 'columns-test.json' }],
  at: '2026-01-02T03:04:05Z',
  by: 'columns test',
};

interface Sample {
  params: Record<string, unknown>;
  /** Run first, in the same transaction, so that the statement has rows to return. */
  before?: Statement;
}

/** Parameters like the ones the services, the export reader and the importer pass. */
const SAMPLES: Record<string, Sample> = {
  'query/context/by-rel-ids': { params: { relIds: ['nio-built-by-jac'] } },
  'query/entity/by-ids': { params: { ids: ['nio', 'jac'] } },
  'query/entity/counts': { params: { ids: ['nio', 'jac'] } },
  'query/entity/relationships': { params: { ids: ['nio'], direction: 'BOTH', after: '', first: int(5), filter, hubDegree: int(5000) } },
  'query/entity/relationships-hub': { params: { ids: ['nio'], direction: 'BOTH', after: '', first: int(5), filter } },
  'query/entity/relationships-count': { params: { id: 'nio', direction: 'BOTH', filter } },
  'query/entity/relationships-count-all': { params: { id: 'nio', direction: 'BOTH' } },
  'query/evidence/by-rel-ids': { params: { relIds: ['nio-built-by-jac'] } },
  'query/evidence/last-reported': { params: { relIds: ['nio-built-by-jac'] } },
  'query/neighbourhood/expand': { params: { frontier: ['nio'], seen: [], limit: int(5), filter, hubDegree: int(5000) } },
  'query/neighbourhood/expand-hub': { params: { frontier: ['nio'], seen: [], seenTouching: {}, limit: int(5), filter } },
  'query/paths/expand': { params: { frontier: ['nio', 'miit'], targets: null, filter: translateFilter(undefined, ['nio', 'miit']), exclude: NO_EXCLUSION, fanout: int(5000), limit: int(50) } },
  'query/paths/links': { params: { links: [{ id: 'nio-built-by-jac', fromId: 'nio', toId: 'jac' }] } },
  'query/relationship/by-ids': { params: { ids: ['nio-built-by-jac'] } },
  'query/relationship/count-all': { params: {} },
  'query/relationship/count-filtered': { params: { filter } },
  'query/relationship/page': { params: { afterFrom: '', afterRel: '', first: int(5), filter } },
  'query/search/fulltext': { params: { query: buildSearchQuery('nio'), limit: int(5) } },
  'query/source/all': { params: {} },
  'query/source/by-ids': { params: { ids: [SOURCE] } },
  'query/source/relationships': { params: { id: SOURCE, after: '', first: int(5) } },
  'query/source/relationships-count': { params: { id: SOURCE } },
  'query/source/summaries-by-ids': { params: { ids: [SOURCE] } },
  'query/stats/by-kind': { params: { kinds: Object.keys(ENTITY_KINDS) } },
  'query/stats/by-type': { params: {} },
  'query/stats/kept': { params: {} },
  'query/stats/link-dates': { params: { types: Object.keys(RELATION_TYPES) } },
  'query/stats/source-dates': { params: {} },
  'query/stats/totals': { params: {} },
  'export/entities-by-ids': { params: { ids: ['nio'] } },
  'export/entities-page': { params: { after: '', limit: 5 } },
  'export/import-stamps': { params: {}, before: statement('export/stamp-imported', stamp) },
  'export/relationship-ids-page': { params: { after: '', limit: 5 } },
  'export/relationships-by-ids': { params: { refs: [{ id: 'nio-built-by-jac', fromId: 'nio' }], filter: { ...filter, exempt: [] } } },
  'export/sources-by-ids': { params: { ids: [SOURCE] } },
  'export/sources-page': { params: { after: '', limit: 5 } },
  'export/stamp-imported': { params: stamp },
};

/** Statements this test does not run, each with the reason. */
const NOT_RUN: Record<string, string> = {};

const files = [...loadCypher().values()].filter((f) => f.name.startsWith('query/') || f.name.startsWith('export/'));

class Rollback extends Error {}

/** The statement's column names and first row's keys, from a transaction that is then rolled back. */
async function columnsOf(db: Db, name: string, sample: Sample): Promise<{ columns: string[]; rowKeys: string[] | null }> {
  let seen: { columns: string[]; rowKeys: string[] | null } | null = null;
  const stmt = statement(name, sample.params);
  await db.transaction('WRITE', async (tx) => {
    if (sample.before) await tx.run(sample.before.cypher, sample.before.params);
    const result = tx.run(stmt.cypher, stmt.params);
    const columns = [...(await result.keys())];
    const [first] = (await result).records;
    seen = { columns, rowKeys: first ? first.keys.map(String) : null };
    throw new Rollback();
  }).catch((err: unknown) => {
    if (!(err instanceof Rollback)) throw err;
  });
  if (!seen) throw new Error(`${name} did not run`);
  return seen;
}

describe('cypher › // Columns: headers', () => {
  let db: Db;
  beforeAll(() => {
    db = testDb();
  });
  afterAll(async () => {
    await db.close();
  });

  it('has sample parameters or a reason not to run for each query and export statement, and nothing else', () => {
    const listed = [...Object.keys(SAMPLES), ...Object.keys(NOT_RUN)].sort();
    expect(listed).toEqual(files.map((f) => f.name).sort());
  });

  it.each(files.filter((f) => !(f.name in NOT_RUN)).map((f) => [f.name, f] as const))('%s returns the columns its header names, in order', async (name, file) => {
    const sample = SAMPLES[name];
    if (!sample) throw new Error(`${name}: no sample parameters in tests/integration/cypher-columns.test.ts (add some, or list it in NOT_RUN with a reason)`);
    const { columns, rowKeys } = await columnsOf(db, name, sample);
    // A row too, so that the sample parameters are known to reach data and not only the header.
    expect({ columns, rowKeys }).toEqual({ columns: file.columns, rowKeys: file.columns });
  });
});
