// Every statement that takes $filter, run on the seeded test Neo4j for each filter case, against
// the in-memory reference over the seed files. Statements are found from the loaded statement map,
// so a new one that takes $filter is checked too, and fails here until it has a runner.
import { loadCypher } from '../../server/cypher';
import type { Db } from '../../server/db';
import { readDataset } from '../../seed/loader/read';
import { testDb } from '../support/env';
import { checkContract, CONTRACT_LINKS, FILTER_CASES, inContractGraph, referenceSize, RUNNERS } from '../support/filter-contract';
import { referenceGraph } from '../support/link-filter-reference';

const statements = [...loadCypher().values()].filter((f) => f.params.includes('filter'));
const seed = readDataset();
const g = referenceGraph(seed.entities, [...seed.relationships, ...CONTRACT_LINKS]);

describe('link filter contract', () => {
  let db: Db;
  beforeAll(() => {
    db = testDb();
  });
  afterAll(async () => {
    await db.close();
  });

  it('has a runner for exactly the statements that take $filter', () => {
    expect(statements.map((f) => f.name).sort()).toEqual(Object.keys(RUNNERS).sort());
  });

  it.each(FILTER_CASES.filter((c) => c.label !== 'no filter').map((c) => [c.label, c] as const))(
    'removes links in the reference with the case "%s", read from one end and from both',
    (_label, c) => {
      const none = referenceSize(g, FILTER_CASES[0]?.filter ?? c.filter);
      const size = referenceSize(g, c.filter);
      expect([size.oneEnd < none.oneEnd, size.bothEnds < none.bothEnds]).toEqual([true, true]);
    },
  );

  it.each(statements.map((f) => [f.name, f] as const))('%s answers as the reference for every filter case', async (_name, file) => {
    expect(await inContractGraph(db, (reader) => checkContract(reader, file, g))).toEqual([]);
  });
});
