// Runs against the test Neo4j that the global setup has already loaded with the real seed. Nothing
// here leaves the graph changed: reloads are idempotent, refused loads write nothing, and the
// tests that change data do it inside a transaction that is rolled back.
import path from 'node:path';
import { REPO_ROOT } from '../../server/config';
import { statement } from '../../server/cypher';
import type { Db } from '../../server/db';
import { loadDataset, loadSeedDirectory, readDataset, SeedValidationError } from '../../seed/loader';
import type { Dataset } from '../../seed/loader';
import { toRows } from '../../seed/loader/rows';
import type { Rows } from '../../seed/loader/rows';
import { countGraph, writeRows } from '../../seed/loader/write';
import type { Run } from '../../server/db';
import type { GraphCounts } from '../../seed/loader/write';
import { testDb } from '../support/env';

const NEW_ENTITY = 'zz-seed-test-new-entity';
const NEW_REL = 'zz-seed-test-new-rel';
/** Labels other tests write into the shared test database and the seed loader never writes. */
const NOT_THE_LOADERS = ['Session', 'ApiToken', 'Proposal', 'Note', 'NoteVersion', 'SavedView'];

describe('seed/loader (against Neo4j)', () => {
  let db: Db;
  let read: Run;
  const realSeed = (): Dataset => structuredClone(readDataset());

  /** The real seed plus one new, valid entity and relationship, to see whether anything is written. */
  function realSeedPlusNew(): Dataset {
    const ds = realSeed();
    const from = ds.relationships[0];
    if (!from) throw new Error('the real seed has no relationships');
    ds.entities.push({ id: NEW_ENTITY, name: 'Seed Test Entity', kind: 'AUTOMAKER', country: 'CN' });
    ds.relationships.push({ ...structuredClone(from), id: NEW_REL, type: 'IN_TALKS_WITH', status: 'RUMOURED', to: NEW_ENTITY, role: null, validFrom: null, validFromBasis: null, validTo: null, validToBasis: null });
    return ds;
  }

  /**
   * The shared database's counts less what tests running beside this one write there and the loader
   * never does (a page test's sign-in made a Session between two counts: the loader had written nothing).
   */
  async function loaderCounts(): Promise<GraphCounts> {
    return withoutOthers(await countGraph(read));
  }

  /** The loader's own summary counts the whole database too, so it gets the same subtraction. */
  function withoutOthers<T extends GraphCounts>(counts: T): T {
    const others = Object.entries(counts.nodesByLabel).filter(([label]) => NOT_THE_LOADERS.includes(label));
    const nodesByLabel = Object.fromEntries(Object.entries(counts.nodesByLabel).filter(([label]) => !NOT_THE_LOADERS.includes(label)));
    return { ...counts, nodesByLabel, totalNodes: counts.totalNodes - others.reduce((sum, [, n]) => sum + n, 0) };
  }

  async function expectNothingNew(before: GraphCounts): Promise<void> {
    expect(await loaderCounts()).toEqual(before);
    expect(await db.read(statement('seed/existing-entities', { ids: [NEW_ENTITY] }))).toEqual([]);
    expect(await db.read(statement('seed/existing-relationships', { ids: [NEW_REL] }))).toEqual([]);
  }

  beforeAll(() => {
    db = testDb();
    read = (stmt) => db.read(stmt);
  });
  afterAll(async () => {
    await db.close();
  });

  it('changes no counts when the real seed is loaded again, and stores every relationship as written', async () => {
    const before = await loaderCounts();
    const dataset = realSeed();
    const summary = withoutOthers(await loadSeedDirectory(db));
    expect(summary).toMatchObject({ dryRun: false, staleEvidenceRemoved: 0, staleContextRemoved: 0, ...before });
    expect(await loaderCounts()).toEqual(before);
    expect(summary.written).toEqual({
      sources: dataset.sources.length,
      entities: dataset.entities.length,
      relationships: dataset.relationships.length,
      evidence: dataset.relationships.reduce((n, r) => n + r.evidence.length, 0),
      context: dataset.relationships.reduce((n, r) => n + (r.context?.length ?? 0), 0),
    });
    const stored = await db.read(statement('seed/existing-relationships', { ids: dataset.relationships.map((r) => r.id) }));
    const asStored = (r: { id: string; type: string; from: string; to: string }): string => `${r.from}-[${r.type}:${r.id}]->${r.to}`;
    expect(stored.map((r) => `${String(r.fromId)}-[${String(r.type)}:${String(r.id)}]->${String(r.toId)}`).sort()).toEqual(dataset.relationships.map(asStored).sort());
  });

  const badRecords: [string, (ds: Dataset) => void][] = [
    ['a quote missing from its article', (ds) => { (ds.relationships[0]?.evidence[0] as { quote: string }).quote += ' (not in the article)'; }],
    ['an unknown entity at one end', (ds) => { (ds.relationships[0] as { to: string }).to = 'zz-nobody'; }],
    ['an impossible date', (ds) => { (ds.relationships[0] as { validFrom: string }).validFrom = '2023-02-30'; }],
    ['a duplicate entity id', (ds) => { ds.entities.push({ ...(ds.entities[0] as Dataset['entities'][number]) }); }],
    ['a source without its text', (ds) => { (ds.sources[0] as { text: string | null }).text = null; }],
  ];

  it.each(badRecords)('writes nothing, not even the valid new records, when the data set has %s', async (_what, spoil) => {
    const before = await loaderCounts();
    const ds = realSeedPlusNew();
    spoil(ds);
    await expect(loadDataset(db, ds)).rejects.toBeInstanceOf(SeedValidationError);
    await expectNothingNew(before);
  });

  const conflicts: [string, (r: Dataset['relationships'][number]) => void][] = [
    ['another type', (r) => { r.type = 'IN_TALKS_WITH'; }],
    ['its ends swapped', (r) => { [r.from, r.to] = [r.to, r.from]; }],
  ];

  it.each(conflicts)('refuses a relationship id that the database holds with %s, writing nothing', async (_what, change) => {
    const before = await loaderCounts();
    const ds = realSeedPlusNew();
    const target = ds.relationships.find((r) => r.type !== 'HOLDS_ROLE_AT' && r.type !== 'IN_TALKS_WITH');
    if (!target) throw new Error('the real seed needs a relationship to change');
    const stored = `(${target.from})-[${target.type}]->(${target.to})`;
    change(target);
    const error = await loadDataset(db, ds).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as SeedValidationError).errors).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', file: 'relationships.json', id: target.id, field: null, message: expect.stringContaining(`id already used in the database by ${stored}`) as unknown }),
    ]);
    await expectNothingNew(before);
  });

  it('validates and counts in a dry run but writes nothing', async () => {
    const before = await loaderCounts();
    const ds = realSeedPlusNew();
    const summary = withoutOthers(await loadDataset(db, ds, { dryRun: true }));
    expect(summary).toMatchObject({ dryRun: true, ...before });
    expect(summary.written.entities).toBe(ds.entities.length);
    await expectNothingNew(before);
  });
});

describe('seed/loader/write writeRows (inside a transaction that is rolled back)', () => {
  const small = (): Dataset => readDataset(path.join(REPO_ROOT, 'tests', 'fixtures', 'seed-small'));
  const quotes = ['Acme Motors said on Monday', 'built by Beta Auto', 'at the Gamma plant.'];

  function withQuotes(ds: Dataset, n: number): Rows {
    const rel = ds.relationships.find((r) => r.id === 'acme-built-by-beta');
    if (!rel) throw new Error('fixture changed');
    rel.evidence = quotes.slice(0, n).map((quote) => ({ source: 'article-one', quote, attribution: { kind: 'ARTICLE' } }));
    return toRows(ds);
  }

  it('is idempotent, prunes evidence the seed dropped and moves an entity to the label of its new kind', async () => {
    const db = testDb();
    const session = db.driver.session({ database: db.database });
    const tx = session.beginTransaction();
    const run: Run = db.runner(tx);
    try {
      const present = await run(statement('seed/existing-entities', { ids: ['acme', 'beta', 'dana-li'] }));
      expect(present).toEqual([]);
      const base = await countGraph(run);
      const delta = (after: GraphCounts, key: 'nodesByLabel' | 'relationshipsByType', name: string): number => (after[key][name] ?? 0) - (base[key][name] ?? 0);

      const first = await writeRows(run, withQuotes(small(), 3));
      expect(first).toEqual({ sources: 1, entities: 3, relationships: 2, evidence: 4, staleEvidenceRemoved: 0, context: 0, staleContextRemoved: 0 });
      const once = await countGraph(run);
      expect([delta(once, 'nodesByLabel', 'Entity'), delta(once, 'nodesByLabel', 'Evidence'), delta(once, 'relationshipsByType', 'CITES')]).toEqual([3, 4, 4]);

      await writeRows(run, withQuotes(small(), 3));
      expect(await countGraph(run)).toEqual(once);

      const changed = small();
      (changed.entities[0] as { kind: string }).kind = 'PLANT';
      const second = await writeRows(run, withQuotes(changed, 1));
      expect(second.staleEvidenceRemoved).toBe(2);
      const after = await countGraph(run);
      expect(delta(after, 'nodesByLabel', 'Evidence')).toBe(2);
      expect(delta(after, 'relationshipsByType', 'CITES')).toBe(2);
      expect(delta(after, 'nodesByLabel', 'Plant') - delta(once, 'nodesByLabel', 'Plant')).toBe(1);
      expect(delta(after, 'nodesByLabel', 'Company') - delta(once, 'nodesByLabel', 'Company')).toBe(-1);
    } finally {
      await tx.rollback();
      await session.close();
      await db.close();
    }
  });
});
