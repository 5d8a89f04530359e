import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkFragments, CYPHER_DIR, cypher, expandIncludes, loadCypher, loadFragments, parseCypherFile, parseFragment, statement } from '../../server/cypher';
import type { Fragment } from '../../server/cypher';

const fragment = (name: string, params: string, variables: string, code: string): Fragment =>
  parseFragment(name, `// A test fragment.\n// Parameters: ${params}\n// Variables: ${variables}\n${code}\n`);

const fragments = (...list: Fragment[]): Map<string, Fragment> => new Map(list.map((f) => [f.name, f]));

const kinds = fragment('fragments/kinds', '$filter (map)', 'm', '($filter.kinds IS NULL OR m.kind IN $filter.kinds)');
const statuses = fragment('fragments/statuses', '$filter (map)', 'r', '($filter.statuses IS NULL OR r.status IN $filter.statuses)');
const both = fragment('fragments/both', '$filter (map)', 'r, m', '(\n  // Include: fragments/statuses\n  AND\n  // Include: fragments/kinds\n)');

const STATEMENT = [
  '// Links of one entity.',
  '// Parameters: $id (string), $filter (map)',
  '// Columns: id',
  'MATCH (:Entity {id: $id})-[r]-(m:Entity)',
  'WHERE r.id > \'\'',
  '  AND',
  '  // Include: fragments/both',
  'RETURN r.id AS id',
].join('\n');

describe('cypher › expandIncludes', () => {
  it('replaces each include line with the fragment, indented like the line, nested includes too', () => {
    const { text, includes } = expandIncludes('test', STATEMENT, fragments(kinds, statuses, both), ['id', 'filter']);
    expect(text).toContain([
      '  AND',
      '  // fragments/both:',
      '  (',
      '    // fragments/statuses:',
      '    ($filter.statuses IS NULL OR r.status IN $filter.statuses)',
      '    AND',
      '    // fragments/kinds:',
      '    ($filter.kinds IS NULL OR m.kind IN $filter.kinds)',
      '  )',
      'RETURN r.id AS id',
    ].join('\n'));
    expect(includes).toEqual(['fragments/both', 'fragments/statuses', 'fragments/kinds']);
  });

  it('expands with whatever fragment texts it is given, so a test can swap one', () => {
    const loose = fragment('fragments/statuses', '$filter (map)', 'r', '($filter.types IS NULL OR type(r) IN $filter.types)');
    const { text } = expandIncludes('test', STATEMENT, fragments(kinds, loose, both), ['id', 'filter']);
    expect([text.includes('r.status IN'), text.includes('type(r) IN')]).toEqual([false, true]);
  });

  it('refuses an include of a fragment it does not know', () => {
    expect(() => expandIncludes('cypher/x.cypher', STATEMENT, fragments(kinds, statuses), ['id', 'filter']))
      .toThrow('cypher/x.cypher: includes fragments/both, which is not a fragment');
  });

  it('refuses an include by a statement that does not declare the fragment\'s parameters', () => {
    expect(() => expandIncludes('cypher/x.cypher', STATEMENT, fragments(kinds, statuses, both), ['id']))
      .toThrow('cypher/x.cypher: includes fragments/both, which needs $filter: declare it in the header');
  });

  it('refuses fragments that include each other in a cycle', () => {
    const a = fragment('fragments/a', '-', 'r', '(r.x\n  // Include: fragments/b\n)');
    const b = fragment('fragments/b', '-', 'r', '(r.y\n  // Include: fragments/a\n)');
    expect(() => expandIncludes('test', '// Include: fragments/a', fragments(a, b), [])).toThrow('fragments/a includes fragments/b includes fragments/a, a cycle');
  });
});

describe('cypher › parseCypherFile', () => {
  it('checks the header against the expanded text: parameters used only in a fragment count as used', () => {
    const file = parseCypherFile('query/x', STATEMENT, fragments(kinds, statuses, both));
    expect([file.params, file.columns, file.includes[0]]).toEqual([['id', 'filter'], ['id'], 'fragments/both']);
  });

  it('refuses a statement whose fragment uses a parameter the header does not declare', () => {
    const sneaky = fragment('fragments/both', '$filter (map), $limit (int)', 'r, m', '($filter.kinds IS NULL OR size(m.kind) < $limit OR r.x)');
    expect(() => parseCypherFile('query/x', STATEMENT, fragments(sneaky))).toThrow('cypher/query/x.cypher: includes fragments/both, which needs $limit');
  });

  it('refuses a statement that includes a fragment without any fragments given', () => {
    expect(() => parseCypherFile('query/x', STATEMENT)).toThrow('includes fragments/both, which is not a fragment (known: none)');
  });
});

describe('cypher › fragments', () => {
  it('need a header naming their parameters and variables', () => {
    expect(() => parseFragment('fragments/x', '// Parameters: $filter (map)\n($filter.a IS NULL)')).toThrow('a fragment\'s header must name "// Parameters:" and "// Variables:"');
  });

  it('must use the parameters and the variables they declare, and no others', () => {
    expect(() => checkFragments(fragments(fragment('fragments/x', '$filter (map), $first (int)', 'r', '($filter.a IS NULL OR r.a)')))).toThrow('parameter $first is declared but not used');
    expect(() => checkFragments(fragments(fragment('fragments/x', '-', 'r', '($filter.a IS NULL OR r.a)')))).toThrow('parameter $filter is used but not declared');
    expect(() => checkFragments(fragments(fragment('fragments/x', '$filter (map)', 'r, m', '($filter.a IS NULL OR r.a)')))).toThrow('variable m is declared but not used');
  });

  it('are not statements: statement() and cypher() refuse them', () => {
    expect(() => statement('fragments/link-filter-one-end', { filter: {} })).toThrow('cypher/fragments/link-filter-one-end.cypher is a fragment, not a statement');
    expect(() => cypher('fragments/link-filter-both-ends')).toThrow('is a fragment, not a statement');
    expect([...loadCypher().keys()].filter((name) => name.startsWith('fragments/'))).toEqual([]);
  });

  it('make loading fail when a statement includes one that does not exist', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'linkage-cypher-'));
    try {
      mkdirSync(path.join(dir, 'query'));
      writeFileSync(path.join(dir, 'query', 'x.cypher'), STATEMENT);
      expect(() => loadCypher(dir)).toThrow('cypher/query/x.cypher: includes fragments/both, which is not a fragment (known: none)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cypher › the link filter', () => {
  const files = loadCypher();
  const sources = [
    ...[...files.values()].map((f) => [f.name, f.source] as const),
    ...[...loadFragments().keys()].map((name) => [name, readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8')] as const),
  ];

  it('is written once: each of its predicates is in one fragment file only', () => {
    for (const predicate of ['type(r) IN', 'r.status IN', 'date($filter.asOf)', 'date($filter.from)', 'date($filter.to)']) {
      expect([predicate, sources.filter(([, text]) => text.includes(predicate)).map(([name]) => name)]).toEqual([predicate, ['fragments/link-filter-link']]);
    }
  });

  // The link-only shape is for a statement whose one entity stepped into is exempt from the kinds
  // test (paths/shortest-1 was one, a one-link path's far end being the other end asked for; the
  // breadth-first paths search tests the kinds of every entity it steps into, so none is left).
  it('reaches every statement that takes $filter through one of its shapes', () => {
    const shapes = ['fragments/link-filter-one-end', 'fragments/link-filter-both-ends', 'fragments/link-filter-link'];
    for (const file of [...files.values()].filter((f) => f.params.includes('filter'))) {
      expect([file.name, file.includes.some((i) => shapes.includes(i))]).toEqual([file.name, true]);
    }
    const linkOnly = [...files.values()].filter((f) => f.params.includes('filter') && f.includes.every((i) => i === 'fragments/link-filter-link')).map((f) => f.name);
    expect(linkOnly).toEqual([]);
  });

  it('never splices values into Cypher in a fragment either', () => {
    for (const [name, text] of sources.filter(([name]) => name.startsWith('fragments/'))) {
      expect([name, /apoc\.cypher|\+\s*\$|\$\w+\s*\+/.test(text)]).toEqual([name, false]);
    }
  });
});
