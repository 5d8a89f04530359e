// The link-filter contract: every statement that takes `$filter` answers, on the seed, what the
// in-memory reference (link-filter-reference.ts) says it should, for each filter case below. One
// runner per statement compares what that statement is for; a statement is given as a CypherFile so
// that the mutation test can run a copy expanded with a broken fragment.
import { isDeepStrictEqual } from 'node:util';
import { int } from '../../server/db';
import type { Db, Row, Statement } from '../../server/db';
import { toRows } from '../../seed/loader/rows';
import { writeRows } from '../../seed/loader/write';
import { statement } from '../../server/cypher';
import type { CypherFile } from '../../server/cypher';
import { searchPaths } from '../../server/services/path-search';
import type { LevelRead, LevelRow } from '../../server/services/path-search';
import { NO_EXCLUSION } from '../../server/translate/exclusion';
import { translateFilter } from '../../server/translate/filter';
import type { FilterParams, LinkFilterInput } from '../../server/translate/filter';
import { allLinks, byText, linkPasses, linksOf, passesBothEnds, shortestLength, stepPasses } from './link-filter-reference';
import type { Direction, ReferenceGraph, ReferenceLink } from './link-filter-reference';

export interface FilterCase { label: string; filter: FilterParams }

const filterCase = (label: string, input: LinkFilterInput, exempt: string[] = []): FilterCase => ({ label, filter: translateFilter(input, exempt) });

/**
 * The seed states no end for any link since issue 9, so the contract adds one that ended, in a
 * transaction of its own that is rolled back (inContractGraph): without it, no case could show
 * that a statement honours validTo. The seed retires nothing either, so it adds a retired link
 * too, between two hubs three links apart (xiaomi, miit), so that it would shorten a path, add to
 * every count and show in every list if a statement let it through. Both are made up for the
 * test, as the reference knows.
 */
export const CONTRACT_LINKS: readonly ReferenceLink[] = [{
  id: 'zz-contract-nio-built-by-jac-ended', type: 'BUILT_BY', from: 'nio', to: 'jac', status: 'ENDED',
  validFrom: '2018', validFromBasis: 'STATED', validTo: '2023-12', validToBasis: 'STATED',
  evidence: [{ source: 'yicai-2018-oem-boost', quote: 'Nio used the foundry service of JAC Motors.', reportedOn: '2018-12-07', attribution: { kind: 'ARTICLE' }, marksEnd: true }],
}, {
  id: 'zz-contract-xiaomi-approved-by-miit-retired', type: 'APPROVED_BY', from: 'xiaomi', to: 'miit', status: 'CONFIRMED',
  evidence: [{ source: 'yicai-2018-oem-boost', quote: 'Nio used the foundry service of JAC Motors.', attribution: { kind: 'ARTICLE' } }],
  retired: true,
}];

/** What the contract reads through: the test database, or an open transaction. */
export interface Reader { read: (stmt: Statement) => Promise<Row[]> }

/** Runs `work` on the seed plus CONTRACT_LINKS, inside a transaction that is rolled back, so that parallel tests never see them. */
export async function inContractGraph<T>(db: Db, work: (reader: Reader) => Promise<T>): Promise<T> {
  const session = db.driver.session({ database: db.database });
  const tx = session.beginTransaction();
  const read = db.runner(tx);
  try {
    await writeRows(read, toRows({ dir: 'filter contract', sources: [], entities: [], relationships: [...CONTRACT_LINKS] }));
    const retired = CONTRACT_LINKS.filter((r) => r.retired === true).map((r) => ({ id: r.id, from: r.from }));
    await read(statement('test/retire-links', { rows: retired }));
    return await work({ read });
  } finally {
    await tx.rollback();
    await session.close();
  }
}

/**
 * Each field alone, then mixes. Values are picked from the seed so that each one removes links:
 * only the contract's own link (CONTRACT_LINKS) has an end (2023-12), most links have no dates, a
 * few start in 2016-2025.
 */
export const FILTER_CASES: readonly FilterCase[] = [
  filterCase('no filter', {}),
  filterCase('types', { types: ['BUILT_BY', 'APPROVED_BY'] }),
  filterCase('statuses (confirmed)', { statuses: ['CONFIRMED'] }),
  filterCase('statuses (reported, rumoured)', { statuses: ['REPORTED', 'RUMOURED'] }),
  filterCase('kinds', { kinds: ['EV_STARTUP', 'AUTOMAKER', 'AGENCY'] }),
  filterCase('kinds with exempt ids', { kinds: ['EV_STARTUP', 'AUTOMAKER', 'AGENCY'] }, ['jac-nio-factories', 'xiaomi', 'li-bin']),
  filterCase('asOf before the newer links start', { asOf: '2020-01-01' }),
  filterCase('asOf after a link ended', { asOf: '2024-06-01' }),
  filterCase('between.from', { between: { from: '2024' } }),
  filterCase('between.to', { between: { to: '2019-06' } }),
  filterCase('between.from and between.to', { between: { from: '2019', to: '2021' } }),
  filterCase('types and statuses', { types: ['APPROVED_BY', 'IN_TALKS_WITH', 'BUILT_BY'], statuses: ['REPORTED', 'ENDED'] }),
  filterCase('statuses and asOf', { statuses: ['CONFIRMED', 'ENDED'], asOf: '2021-01-01' }),
  filterCase('kinds with exempt ids, types and between.to', { kinds: ['EV_STARTUP', 'AGENCY', 'PLANT'], types: ['APPROVED_BY', 'OPERATES', 'BUILT_BY'], between: { to: '2020' } }, ['jac']),
  filterCase('every field', {
    types: ['BUILT_BY', 'APPROVED_BY', 'OPERATES', 'ISSUED'], statuses: ['CONFIRMED', 'ENDED'], kinds: ['EV_STARTUP', 'AUTOMAKER', 'AGENCY', 'POLICY'],
    asOf: '2019-01-01', between: { from: '2018-06', to: '2023' },
  }, ['jac-nio-factories']),
];

/** What one statement answered for one case, and what the reference says. */
export interface Comparison { actual: unknown; expected: unknown }

/** Runs the statement's text with parameters, refusing any the header does not list. */
export type RunStatement = (params: Record<string, unknown>) => Promise<Row[]>;

export type Runner = (run: RunStatement, g: ReferenceGraph, filter: FilterParams) => Promise<Comparison>;

const ids = (rows: readonly { id: string }[]): string[] => rows.map((r) => r.id);
const relIds = (value: unknown): string[] => (value as { id: string }[]).map((r) => r.id);
const ALL = 1000;
const DIRECTIONS: readonly Direction[] = ['BOTH', 'OUTGOING', 'INCOMING'];

/** Every third link is already in the subgraph: the rest must still be counted and kept. */
const someSeen = (g: ReferenceGraph): string[] => g.links.filter((_, i) => i % 3 === 0).map((r) => r.id);

const byEntity = (rows: readonly Row[], pick: (row: Row) => unknown): Record<string, unknown> =>
  Object.fromEntries(rows.map((row) => [String(row.id), pick(row)]));

const NO_FILTER = translateFilter(undefined);

/** Up to `n` of the items, spread evenly over the list. */
const spread = <T>(items: readonly T[], n: number): T[] => items.filter((_, i) => i % Math.max(1, Math.floor(items.length / n)) === 0).slice(0, n);

/** The entities with the most links, then by id. */
function hubs(g: ReferenceGraph, n: number): string[] {
  const degree = (id: string): number => g.links.filter((r) => r.from === id || r.to === id).length;
  return [...g.entities.keys()].sort((a, b) => degree(b) - degree(a) || byText(a, b)).slice(0, n);
}

/**
 * The entities a per-entity statement that runs once per entity is asked about: all of them
 * unfiltered; with a filter, a few hubs and up to ten whose links the filter changes, so that
 * each case puts its fields to work without a query per entity per case.
 */
export function entitySample(g: ReferenceGraph, filter: FilterParams): string[] {
  const everyone = [...g.entities.keys()].sort(byText);
  if (isDeepStrictEqual(filter, NO_FILTER)) return everyone;
  const changed = everyone.filter((id) => linksOf(g, id, filter).length !== linksOf(g, id, NO_FILTER).length);
  return [...new Set([...hubs(g, 4), ...spread(changed, 10)])];
}

/** The pairs of entities the paths check asks about: pairs of hubs, and up to eight pairs whose answer this filter changes. */
export function pathPairs(g: ReferenceGraph, filter: FilterParams, maxHops: number): [string, string][] {
  const everyone = [...g.entities.keys()].sort(byText);
  const top = hubs(g, 6);
  const pairs: [string, string][] = top.flatMap((a, i) => top.slice(i + 1).map((b): [string, string] => [a, b]));
  const changed = everyone.flatMap((a, i) => everyone.slice(i + 1).map((b): [string, string] => [a, b]))
    .filter(([a, b]) => shortestLength(g, a, b, { ...filter, exempt: [...filter.exempt, a, b] }, maxHops) !== shortestLength(g, a, b, NO_FILTER, maxHops));
  return [...pairs, ...spread(changed, 8)];
}

interface PathRow { ids: string[]; rels: { id: string; fromId: string; toId: string }[] }

/** For one pair: the first step that breaks the filter, or the shortest length found. */
function pathSummary(g: ReferenceGraph, from: string, to: string, rows: readonly PathRow[], filter: FilterParams): unknown {
  const byId = new Map(g.links.map((r) => [r.id, r]));
  for (const row of rows) {
    for (const [i, step] of row.rels.entries()) {
      const link = byId.get(step.id);
      const left = row.ids[i];
      const entered = row.ids[i + 1];
      const joins = link !== undefined && entered !== undefined && ((link.from === left && link.to === entered) || (link.to === left && link.from === entered));
      if (!link || !joins || !stepPasses(g, link, entered, filter)) return { badStep: step.id, path: row.ids };
    }
    if (row.ids[0] !== from || row.ids[row.ids.length - 1] !== to) return { badEnds: row.ids };
  }
  return rows.length === 0 ? null : Math.min(...rows.map((r) => r.rels.length));
}

export const MAX_HOPS = 6;

/** The search's caps in the contract: none that the seed could reach. */
const NO_CAPS = { fanout: ALL, levelRows: 100_000, candidates: 100_000, walk: 10_000_000 };

/**
 * The contract of query/paths/expand, one level of the paths search: for every entity, the links a
 * path may step along from it (the kinds test on the entity stepped into, none to itself), and the
 * whole search (server/services/path-search) run through the statement, held to the shortest
 * paths of at most 4 and of at most MAX_HOPS links.
 */
const pathsExpandRunner: Runner = async (run, g, filter) => {
  const frontier = [...g.entities.keys()].sort(byText);
  const level = (rows: readonly Row[]): Record<string, string[]> => {
    const out: Record<string, string[]> = Object.fromEntries(frontier.map((id) => [id, []]));
    for (const row of rows as unknown as LevelRow[]) out[row.id]?.push(`${row.rel} ${row.out ? '>' : '<'} ${row.neighbour} (${row.status})`);
    return Object.fromEntries(Object.entries(out).map(([id, steps]) => [id, steps.sort()]));
  };
  const expectedLevel = (targets: readonly string[] | null): Record<string, string[]> => Object.fromEntries(frontier.map((id) => [id, linksOf(g, id, filter)
    .filter((r) => r.from !== r.to && (targets === null || targets.includes(r.from === id ? r.to : r.from)))
    .map((r) => `${r.id} ${r.from === id ? '>' : '<'} ${r.from === id ? r.to : r.from} (${r.status})`).sort()]));
  const actual: Record<string, unknown> = {};
  const expected: Record<string, unknown> = {};
  actual.level = level(await run({ frontier, targets: null, filter, exclude: NO_EXCLUSION, fanout: int(ALL), limit: int(100_000) }));
  expected.level = expectedLevel(null);
  // The last level of a search: only the links into the other side's frontier.
  const targets = hubs(g, 6);
  actual.targeted = level(await run({ frontier, targets, filter, exclude: NO_EXCLUSION, fanout: int(ALL), limit: int(100_000) }));
  expected.targeted = expectedLevel(targets);
  for (const maxHops of [4, MAX_HOPS]) {
    for (const [from, to] of pathPairs(g, filter, maxHops)) {
      // As the paths resolver does: the two ends pass the kinds test whatever their kind.
      const pathFilter = { ...filter, exempt: [...filter.exempt, from, to] };
      const read = async ({ frontier: ids, targets: into }: LevelRead): Promise<LevelRow[]> =>
        (await run({ frontier: ids, targets: into, filter: pathFilter, exclude: NO_EXCLUSION, fanout: int(ALL), limit: int(100_000) })) as unknown as LevelRow[];
      const found = await searchPaths(read, { from, to, maxHops, first: 10 }, NO_CAPS);
      actual[`${from} → ${to} (${maxHops})`] = pathSummary(g, from, to, found.paths, pathFilter);
      expected[`${from} → ${to} (${maxHops})`] = shortestLength(g, from, to, pathFilter, maxHops);
    }
  }
  return { actual, expected };
};

/** The pages of every entity's links in each direction, whole and two after a cursor. */
function entityPagesRunner(extra: Record<string, unknown>): Runner {
  return async (run, g, filter) => {
    const entityIds = [...g.entities.keys()];
    const actual: Record<string, unknown> = {};
    const expected: Record<string, unknown> = {};
    for (const direction of DIRECTIONS) {
      const rows = await run({ ids: entityIds, direction, after: '', first: int(ALL), filter, ...extra });
      actual[direction] = byEntity(rows, (row) => relIds(row.rels));
      expected[direction] = Object.fromEntries(entityIds.map((id) => [id, ids(linksOf(g, id, filter, direction))]));
      // A short page after a cursor: an entity with most of a type's links reads it from the type's index.
      const short = await run({ ids: entityIds, direction, after: 'b', first: int(2), filter, ...extra });
      actual[`${direction}, 2 after b`] = byEntity(short, (row) => relIds(row.rels));
      expected[`${direction}, 2 after b`] = Object.fromEntries(entityIds.map((id) => [id, ids(linksOf(g, id, filter, direction)).sort().filter((r) => r > 'b').slice(0, 2)]));
    }
    return { actual, expected };
  };
}

/** Both neighbourhood level statements give the same answer; expand-hub also takes the seen links at each entity. */
function expandRunner(extra: Record<string, unknown>, withSeenTouching = false): Runner {
  return async (run, g, filter) => {
    const frontier = [...g.entities.keys()];
    const actual: Record<string, unknown> = {};
    const expected: Record<string, unknown> = {};
    for (const [label, seen, limit] of [['nothing seen', [], ALL], ['some seen', someSeen(g), ALL], ['some seen, keep 2', someSeen(g), 2]] as const) {
      // What the service passes: how many of the seen links each entity has among those that pass.
      const seenTouching = Object.fromEntries(frontier.map((id) => [id, linksOf(g, id, filter).filter((r) => (seen as readonly string[]).includes(r.id)).length]));
      const rows = await run({ frontier, seen, limit: int(limit), filter, ...extra, ...(withSeenTouching ? { seenTouching } : {}) });
      actual[label] = byEntity(rows, (row) => ({ total: row.total, kept: relIds(row.kept) }));
      expected[label] = Object.fromEntries(frontier.map((id) => {
        const passing = linksOf(g, id, filter).filter((r) => !(seen as readonly string[]).includes(r.id));
        return [id, { total: passing.length, kept: ids(passing.slice(0, limit)) }];
      }));
    }
    return { actual, expected };
  };
}

export const RUNNERS: Readonly<Record<string, Runner>> = {
  // Both page statements give the same pages: relationships with no entity over hubDegree, and
  // relationships-hub, which walks a type's id index for an entity with most of that type's links.
  'query/entity/relationships': entityPagesRunner({ hubDegree: int(ALL) }),
  'query/entity/relationships-hub': entityPagesRunner({}),
  'query/entity/relationships-count': async (run, g, filter) => {
    const entityIds = entitySample(g, filter);
    const count = async (id: string): Promise<unknown> => (await run({ id, direction: 'BOTH', filter }))[0]?.total;
    // One first, so that Neo4j plans a new text once rather than once per parallel query.
    const [first, ...rest] = entityIds;
    const totals = first === undefined ? [] : [await count(first), ...(await Promise.all(rest.map(count)))];
    return {
      actual: Object.fromEntries(entityIds.map((id, i) => [id, totals[i]])),
      expected: Object.fromEntries(entityIds.map((id) => [id, linksOf(g, id, filter).length])),
    };
  },
  'query/relationship/count-filtered': async (run, g, filter) => ({
    actual: (await run({ filter }))[0]?.total,
    expected: allLinks(g, filter).length,
  }),
  'query/relationship/page': async (run, g, filter) => ({
    actual: (await run({ afterFrom: '', afterRel: '', first: int(ALL), filter })).map((row) => (row.rel as { id: string }).id),
    expected: ids(allLinks(g, filter)),
  }),
  // Every entity read by one statement or the other: expand with no entity over hubDegree, and
  // expand-hub, which walks a type's id index for an entity with most of that type's links.
  'query/neighbourhood/expand': expandRunner({ hubDegree: int(ALL) }),
  'query/neighbourhood/expand-hub': expandRunner({}, true),
  'query/paths/expand': pathsExpandRunner,
  'export/relationships-by-ids': async (run, g, filter) => ({
    actual: (await run({ refs: g.links.map((r) => ({ id: r.id, fromId: r.from })), filter })).map((row) => row.id),
    expected: ids(g.links.filter((r) => passesBothEnds(g, r, filter))),
  }),
};

/** A RunStatement for a statement (possibly a mutated copy), checking its parameters against the header. */
export function runnerFor(db: Reader, file: CypherFile): RunStatement {
  return async (params) => {
    const given = Object.keys(params).sort();
    if (given.join() !== [...file.params].sort().join()) throw new Error(`${file.name}: the contract passes ${given.join(', ')}, the header lists ${file.params.join(', ')}`);
    return db.read({ cypher: file.text, params });
  };
}

export interface Mismatch { label: string; actual: unknown; expected: unknown }

export interface ContractOptions {
  /** Stop at the first mismatch (the mutation test only needs one). */
  firstMismatchOnly?: boolean;
  /** The cases to run, in order; all of FILTER_CASES by default. */
  cases?: readonly FilterCase[];
}

/** Runs the contract for one statement: every case, or those asked for. */
export async function checkContract(db: Reader, file: CypherFile, g: ReferenceGraph, options: ContractOptions = {}): Promise<Mismatch[]> {
  const runner = RUNNERS[file.name];
  if (!runner) throw new Error(`${file.name} takes $filter but the filter contract has no runner for it (tests/support/filter-contract.ts)`);
  const run = runnerFor(db, file);
  const mismatches: Mismatch[] = [];
  for (const c of options.cases ?? FILTER_CASES) {
    const { actual, expected } = await runner(run, g, c.filter);
    if (!isDeepStrictEqual(actual, expected)) {
      mismatches.push({ label: c.label, actual, expected });
      if (options.firstMismatchOnly) break;
    }
  }
  return mismatches;
}

/** How many links the reference keeps for a case, counted both ways the statements read them. */
export function referenceSize(g: ReferenceGraph, filter: FilterParams): { links: number; bothEnds: number; oneEnd: number } {
  return {
    links: g.links.filter((r) => linkPasses(r, filter)).length,
    bothEnds: allLinks(g, filter).length,
    oneEnd: [...g.entities.keys()].reduce((n, id) => n + linksOf(g, id, filter).length, 0),
  };
}
