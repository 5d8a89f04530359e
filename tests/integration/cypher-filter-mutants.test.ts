// Proves the filter contract's power: for each statement that takes $filter, each predicate of
// the link filter and each include, a copy of that ONE statement expanded with a fragment lacking
// that predicate must make the contract report a mismatch (and still run).
import { loadCypher, loadFragments } from '../../server/cypher';
import type { Db } from '../../server/db';
import { readDataset } from '../../seed/loader/read';
import { testDb } from '../support/env';
import { checkContract, CONTRACT_LINKS, FILTER_CASES, inContractGraph } from '../support/filter-contract';
import { allMutants, casesFor, PREDICATES } from '../support/filter-mutants';
import type { Predicate } from '../support/filter-mutants';
import { referenceGraph } from '../support/link-filter-reference';

const statements = [...loadCypher().values()].filter((f) => f.params.includes('filter'));
const mutants = allMutants(statements, loadFragments());
const seed = readDataset();
const g = referenceGraph(seed.entities, [...seed.relationships, ...CONTRACT_LINKS]);

// Each mutant is a new statement text for Neo4j to plan; the -hub statements' plans take seconds on
// a quiet machine and over a minute on a loaded one (a fresh-clone run beside a benchmark).
jest.setTimeout(180_000);

describe('link filter contract › mutants', () => {
  let db: Db;
  beforeAll(() => {
    db = testDb();
  });
  afterAll(async () => {
    await db.close();
  });

  it('breaks every predicate at every include of every statement that takes $filter', () => {
    // The link fragment is normally nested in an end fragment and mutated through it; a statement
    // that included it directly (paths/shortest-1 did) would be mutated there, for the predicates it holds.
    const fragments = loadFragments();
    const holds = (include: string, p: Predicate): boolean => fragments.get(include)?.code.includes(PREDICATES[p]) ?? false;
    const expected = statements.flatMap((f) => (Object.keys(PREDICATES) as Predicate[]).flatMap((p) => {
      const direct = f.includes.every((i) => i.endsWith('-link'));
      return f.includes.filter((i) => (direct ? holds(i, p) : !i.endsWith('-link'))).map(() => `${f.name} ${p}`);
    }));
    expect(mutants.map((m) => `${m.statement} ${m.predicate}`).sort()).toEqual(expected.sort());
  });

  it.each(mutants.map((m) => [m.label, m] as const))('%s: the contract reports a mismatch', async (_label, m) => {
    expect(m.occurrences.after).toBe(m.occurrences.before - 1);
    const mismatches = await inContractGraph(db, (reader) => checkContract(reader, m.file, g, { cases: casesFor(FILTER_CASES, m.predicate), firstMismatchOnly: true }));
    expect(mismatches.length).toBeGreaterThan(0);
  });
});
