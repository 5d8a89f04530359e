import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import { createFormatError } from '../../server/app/format-error';
import { CYPHER_DIR, loadCypher } from '../../server/cypher';
import { ErrorCode, badInput, notFound, serviceUnavailable } from '../../server/errors';
import { RELATION_TYPES } from '#vocabulary';
import { paragraphOf } from '../../server/services/evidence';
import { withHubRows } from '../../server/services/hubs';
import { perEntityLimit, seenTouching } from '../../server/services/neighbourhood';
import { translateFilter } from '../../server/translate/filter';
import { toSteps } from '../../server/services/paths';
import type { RelationshipRow } from '../../server/services/types';

const rel = (id: string, fromId: string, toId: string): RelationshipRow => ({
  id, type: 'APPROVED_BY', fromId, toId, status: 'CONFIRMED', validFrom: null, validTo: null,
  validFromBasis: null, validToBasis: null, datesNote: null, role: null, note: null,
});

describe('paths › toSteps', () => {
  it('marks a step reversed when its link points back at the previous entity', () => {
    const a = rel('sinogold-approved-by-miit', 'sinogold', 'miit');
    const b = rel('nio-approved-by-miit', 'nio', 'miit');
    expect(toSteps(['sinogold', 'miit', 'nio'], [a, b])).toEqual([
      { entityId: 'sinogold', via: null, reversed: false },
      { entityId: 'miit', via: a, reversed: false },
      { entityId: 'nio', via: b, reversed: true },
    ]);
  });
});

describe('neighbourhood › perEntityLimit', () => {
  it('keeps the asked limit while the subgraph has room', () => {
    expect(perEntityLimit(50, 1, 1, 2000)).toBe(50);
  });

  it('shares the remaining room among the frontier, at least one link each', () => {
    expect(perEntityLimit(100, 1000, 40, 2000)).toBe(25);
    expect(perEntityLimit(100, 1990, 40, 2000)).toBe(1);
  });

  it('keeps nothing once the subgraph is full, so everything counts as hidden', () => {
    expect(perEntityLimit(100, 2000, 10, 2000)).toBe(0);
  });
});

describe('neighbourhood › seenTouching', () => {
  const seen = [rel('a-approved-by-miit', 'a', 'miit'), rel('b-approved-by-miit', 'b', 'miit'), { ...rel('a-built-by-b', 'a', 'b'), type: 'BUILT_BY' as const }];

  it('counts the subgraph links at each frontier entity, zero where none touch it', () => {
    expect(seenTouching(['miit', 'a', 'c'], seen, translateFilter(null))).toEqual({ miit: 2, a: 2, c: 0 });
  });

  it('counts only the links of the types the filter keeps', () => {
    expect(seenTouching(['miit', 'a', 'b'], seen, translateFilter({ types: ['BUILT_BY'] }))).toEqual({ miit: 0, a: 1, b: 1 });
  });

  it('counts a link from an entity to itself once, and ignores ids that only look like object keys', () => {
    expect(seenTouching(['a', 'constructor'], [rel('a-approved-by-a', 'a', 'a')], translateFilter(null))).toEqual({ a: 1, constructor: 0 });
  });
});

describe('hubs › withHubRows', () => {
  it('puts the rows read for the marked hubs in place of their marks', async () => {
    const rows = await withHubRows([{ id: 'a', hub: false, total: 1 }, { id: 'miit', hub: true, total: null }], (ids) => Promise.resolve(ids.map((id) => ({ id, total: 9 }))));
    expect(rows).toEqual([{ id: 'a', hub: false, total: 1 }, { id: 'miit', total: 9 }]);
  });

  it('reads nothing more when no row is marked', async () => {
    const readHubs = jest.fn((): Promise<Record<string, unknown>[]> => Promise.resolve([]));
    expect(await withHubRows([{ id: 'a', hub: false }], readHubs)).toEqual([{ id: 'a', hub: false }]);
    expect(readHubs).not.toHaveBeenCalled();
  });
});

describe('evidence › paragraphOf', () => {
  const text = 'Title\n\nFirst paragraph here.\n\nNio used the foundry   service\nof JAC Motors. More text.\n\nLast.';

  it('returns the paragraph holding the quote, ignoring differences in white space', () => {
    expect(paragraphOf(text, 'Nio used the foundry service of JAC Motors.')).toBe('Nio used the foundry   service\nof JAC Motors. More text.');
  });

  it('falls back to the quote when the text does not hold it', () => {
    expect(paragraphOf(text, 'Not in the article.')).toBe('Not in the article.');
  });
});

describe('formatError', () => {
  const logged: unknown[] = [];
  const format = createFormatError((_m, e) => logged.push(e));
  const formatted = (error: GraphQLError): ReturnType<typeof format> => format({ message: error.message, path: ['x'], extensions: { ...error.extensions, stacktrace: ['at secret.ts:1'] } }, error);

  it('passes our codes with their message and public extensions only', () => {
    expect(formatted(badInput('first', '"first" must be between 1 and 1000 (got 0)'))).toEqual({
      message: '"first" must be between 1 and 1000 (got 0)', path: ['x'], extensions: { code: ErrorCode.BAD_USER_INPUT, argument: 'first' },
    });
    expect(formatted(notFound('entity', 'nope')).extensions).toEqual({ code: ErrorCode.NOT_FOUND, id: 'nope' });
    expect(formatted(serviceUnavailable()).extensions).toEqual({ code: ErrorCode.SERVICE_UNAVAILABLE });
  });

  it('turns anything else into a bare internal error and logs the original', () => {
    const neo4jLike = new GraphQLError('wrapped', { originalError: new Error('Neo.ClientError.Statement.SyntaxError: Invalid input at bolt://10.0.0.5') });
    expect(format({ message: 'wrapped', path: ['x'] }, neo4jLike)).toEqual({ message: 'Internal server error', path: ['x'], extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
    expect(logged).toHaveLength(1);
  });

  it('restores BAD_USER_INPUT on limit errors that Apollo re-labelled as validation failures', () => {
    const limit = new GraphQLError('Query depth 13 exceeds the limit of 12', { extensions: { code: ErrorCode.BAD_USER_INPUT, limit: 'depth', max: 12, actual: 13 } });
    const wrapped = new GraphQLError(limit.message, { originalError: limit, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format({ message: limit.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, wrapped).extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, limit: 'depth', max: 12, actual: 13 });
  });
});

describe('cypher/query files', () => {
  const files = [...loadCypher().values()].filter((f) => f.name.startsWith('query/'));

  it('all load with a valid header', () => {
    expect(files.length).toBeGreaterThanOrEqual(19);
  });

  it('never splice values into Cypher: no string concatenation or APOC dynamic Cypher', () => {
    for (const { name, source } of files) {
      expect([name, /apoc\.cypher|\+\s*\$|\$\w+\s*\+/.test(source)]).toEqual([name, false]);
    }
  });

  it('count every relation type in stats/by-type', () => {
    const body = readFileSync(path.join(CYPHER_DIR, 'query', 'stats', 'by-type.cypher'), 'utf8');
    for (const type of Object.keys(RELATION_TYPES)) expect(body).toContain(`{type: '${type}', count: COUNT { ()-[:${type}]->() } - COUNT { ()-[r:${type}]->() WHERE r.retired = true }}`);
  });

  it('leave the retired links of every relation type out of the totals, each from its own index', () => {
    const read = (...parts: string[]): string => readFileSync(path.join(CYPHER_DIR, ...parts), 'utf8');
    const schema = read('editing', 'schema.cypher');
    for (const type of Object.keys(RELATION_TYPES)) {
      expect(schema).toContain(`FOR ()-[r:${type}]-() ON (r.retired);`);
      for (const file of [['query', 'relationship', 'count-all.cypher'], ['query', 'stats', 'totals.cypher']]) {
        expect([file.join('/'), read(...file).includes(`- COUNT { ()-[r:${type}]->() WHERE r.retired = true }`)]).toEqual([file.join('/'), true]);
      }
      // Counts that start from one entity or one source seek each type's index on `retired` by name.
      expect(read('query', 'source', 'relationships-count.cypher')).toContain(`MATCH ()-[r:${type}]->() USING INDEX SEEK r:${type}(retired) WHERE r.retired = true RETURN r.id AS id`);
      const entityCount = read('query', 'entity', 'relationships-count-all.cypher');
      expect(entityCount).toContain(`USING INDEX SEEK r:${type}(retired) WHERE r.retired = true AND`);
      for (const degree of ['(n)-[:', '(n)<-[:']) expect(entityCount.split(degree).slice(1).every((part) => part.split(']')[0]?.split('|').includes(type))).toBe(true);
      // A hub's neighbourhood: each type's live degree, its links walked in its id index or read from the node.
      const expand = read('query', 'neighbourhood', 'expand-hub.cypher');
      expect(expand).toContain(`{type: '${type}', degree: COUNT { (n)-[:${type}]-() } - COUNT { MATCH ()-[r:${type}]->() USING INDEX SEEK r:${type}(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }, links: COUNT { ()-[:${type}]->() }}`);
      expect(expand).toContain(`WITH n, byIndex WHERE '${type}' IN byIndex\n    CALL (n) {\n      MATCH ()-[r:${type}]->() USING INDEX r:${type}(id)`);
      expect(expand).toContain(`AND NOT '${type}' IN byIndex\n    CALL (n) {\n      MATCH (n)-[r:${type}]-() WHERE`);
      // A hub's page of links: the same two ways per type, the degree taken in the page's direction.
      const page = read('query', 'entity', 'relationships-hub.cypher');
      expect(page).toContain(`{type: '${type}', out: COUNT { (n)-[:${type}]->() }, in: COUNT { (n)<-[:${type}]-() }, links: COUNT { ()-[:${type}]->() }}`);
      expect(page).toContain(`WITH n, byIndex WHERE '${type}' IN byIndex\n    CALL (n) {\n      MATCH ()-[r:${type}]->() USING INDEX r:${type}(id)`);
      expect(page).toContain(`AND NOT '${type}' IN byIndex\n    CALL (n) {\n      MATCH (n)-[r:${type}]-() WHERE r.id > $after AND`);
      // Per-type counts: the type's degree on the node, less its retired links from the index.
      expect(read('query', 'entity', 'counts.cypher')).toContain(`{type: '${type}', count: COUNT { (n)-[:${type}]-() } - COUNT { MATCH ()-[r:${type}]->() USING INDEX SEEK r:${type}(retired) WHERE r.retired = true AND (startNode(r) = n OR endNode(r) = n) }}`);
    }
  });
});
