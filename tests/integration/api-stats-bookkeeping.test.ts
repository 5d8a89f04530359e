import { statement } from '../../server/cypher';
import type { Db } from '../../server/db';
import { toPlain } from '../../server/db';
import { testDb } from '../support/env';

class Rollback extends Error {}

describe('graph totals', () => {
  let db: Db;
  beforeAll(() => {
    db = testDb();
  });
  afterAll(async () => {
    await db.close();
  });

  it('leaves import-audit links out of the relationship totals when an import has recorded changes', async () => {
    const totals = async (): Promise<unknown[]> => [
      (await db.read(statement('query/stats/totals', {})))[0]?.relationships,
      (await db.read(statement('query/relationship/count-all', {})))[0]?.total,
    ];
    const before = await totals();
    expect(before).toEqual([42, 42]);
    let inside: unknown[] = [];
    // Written and read in one transaction that is then rolled back, so parallel tests never see it.
    await expect(
      db.transaction('WRITE', async (tx) => {
        const add = statement('test/add-audit-link', { id: 'bookkeeping-test' });
        await tx.run(add.cypher, add.params);
        const stats = statement('query/stats/totals', {});
        const all = statement('query/relationship/count-all', {});
        inside = [toPlain((await tx.run(stats.cypher)).records[0]?.get('relationships')), toPlain((await tx.run(all.cypher)).records[0]?.get('total'))];
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect(inside).toEqual([42, 42]);
    expect(await totals()).toEqual(before);
  });
});
