// The versioned-record writer against the real Neo4j, inside transactions that are rolled back,
// so that the shared seeded database never keeps what these tests write.
import type { Db, Run } from '../../server/db';
import { ensureSchema } from '../../seed/loader/write';
import { applyRecords, NO_RECORDS, newRevisionId, parseRecordJson, readHistory, readRecords, recordRevisions } from '../../server/revisions';
import type { EntityRecord, RelationshipRecord } from '../../server/revisions';
import { searchKeys } from '#vocabulary/names';
import { testDb } from '../support/env';

const AT = new Date('2026-12-01T10:00:00Z');

const entity = (id: string, over: Partial<EntityRecord> = {}): EntityRecord => ({
  id, name: `Test ${id}`, kind: 'AUTOMAKER', country: 'CN', aliases: [`${id} alias`], description: null, retired: false, ...over,
});

describe('revisions', () => {
  let db: Db;
  beforeAll(async () => { db = testDb(); await ensureSchema(db); });
  afterAll(async () => { await db.close(); });

  async function rolledBack(work: (run: Run) => Promise<void>): Promise<void> {
    const session = db.driver.session({ database: db.database });
    const tx = session.beginTransaction();
    const run = db.runner(tx);
    try { await work(run); } finally { await tx.rollback(); await session.close(); }
  }

  it('writes a new entity at version 1 by its author, and reads it back as it was given', async () => {
    await rolledBack(async (run) => {
      const e = entity('rev-test-a');
      await applyRecords(run, { ...NO_RECORDS, entities: [e] });
      await recordRevisions(run, [{ id: newRevisionId(AT), at: AT, authorId: 'u_ada', action: 'CREATE', targetKind: 'entity', version: 1, before: null, after: e }]);
      const stored = (await readRecords(run, 'entity', [e.id])).get(e.id);
      expect(stored?.record).toEqual(e);
      expect(stored?.stamp).toMatchObject({ version: 1, revisedBy: 'u_ada' });
      const [hit] = await run({ cypher: 'MATCH (n:Entity {id: $id}) RETURN n.searchKeys AS keys, labels(n) AS labels', params: { id: e.id } });
      expect(hit?.labels).toEqual(expect.arrayContaining(['Entity', 'Company']));
      expect(hit?.keys).toEqual(expect.arrayContaining(searchKeys(['rev-test-a alias'])));
    });
  });

  it('retires an entity with a stamp, keeps both records in its history, oldest first', async () => {
    await rolledBack(async (run) => {
      const before = entity('rev-test-b');
      const after = { ...before, retired: true, name: 'Renamed' };
      await applyRecords(run, { ...NO_RECORDS, entities: [before] });
      await recordRevisions(run, [{ id: `20261201T100000.000Z-aaaaaa`, at: AT, authorId: 'seed', action: 'CREATE', targetKind: 'entity', version: 1, before: null, after: before }]);
      await applyRecords(run, { ...NO_RECORDS, entities: [after] });
      await recordRevisions(run, [{ id: `20261201T100001.000Z-bbbbbb`, at: AT, authorId: 'u_ada', action: 'RETIRE', targetKind: 'entity', version: 2, before, after, reason: 'duplicate' }]);
      const [row] = await run({ cypher: 'MATCH (n:Entity {id: $id}) RETURN n.retired AS retired, n.version AS version', params: { id: before.id } });
      expect(row).toEqual({ retired: true, version: 2 });
      const history = (await readHistory(run, [before.id])).get(before.id) ?? [];
      expect(history.map((h) => [h.version, h.authorId, h.action])).toEqual([[1, 'seed', 'CREATE'], [2, 'u_ada', 'RETIRE']]);
      expect(parseRecordJson('entity', history[1]?.before ?? null)).toEqual(before);
      expect(parseRecordJson('entity', history[1]?.after ?? null)).toEqual(after);
    });
  });

  it('replaces a relationship\'s evidence by id, keeping the ids of the quotes that stay', async () => {
    await rolledBack(async (run) => {
      const [nio] = await run({ cypher: 'MATCH (e:Evidence {relId: "nio-built-by-jac"}) RETURN count(e) AS n', params: {} });
      const stored = (await readRecords(run, 'relationship', ['nio-built-by-jac'])).get('nio-built-by-jac');
      if (!stored) throw new Error('the seed has no nio-built-by-jac');
      expect(stored.record.evidence).toHaveLength(Number(nio?.n));
      const [first, , ...rest] = stored.record.evidence;
      if (!first) throw new Error('no evidence');
      const after: RelationshipRecord = { ...stored.record, status: 'DENIED', evidence: [first, ...rest] };
      await applyRecords(run, { ...NO_RECORDS, relationships: [after] });
      await recordRevisions(run, [{ id: newRevisionId(AT), at: AT, authorId: 'u_ada', action: 'UPDATE', targetKind: 'relationship', version: stored.stamp.version + 1, before: stored.record, after }]);
      const now = (await readRecords(run, 'relationship', [{ id: 'nio-built-by-jac', from: 'nio' }])).get('nio-built-by-jac');
      expect(now?.record).toEqual(after);
      expect(now?.stamp.version).toBe(stored.stamp.version + 1);
    });
  });

  it('refuses to stamp a record that was never written, so the transaction fails whole', async () => {
    await rolledBack(async (run) => {
      await expect(recordRevisions(run, [{ id: newRevisionId(AT), at: AT, authorId: 'u_ada', action: 'CREATE', targetKind: 'entity', version: 1, before: null, after: entity('rev-test-missing') }]))
        .rejects.toThrow(/Stamped 0 of 1 entity/);
    });
  });
});
