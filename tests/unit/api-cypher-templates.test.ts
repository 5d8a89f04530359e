// Template files: one .cypher file per statement that differs only where Cypher takes no
// parameter (a quantifier's bound), filled per value of the placeholder its header declares.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fillTemplate, loadCypher, parseCypherFile, statement, templateOf } from '../../server/cypher';
import type { Template } from '../../server/cypher';

const template = (header: string, body = 'MATCH (a:Entity {id: $id})-[*1..$$hops]-(b)\nRETURN b.id AS id'): string =>
  [`// Links within $$hops steps.`, header, '// Parameters: $id (string)', '// Columns: id', body].join('\n');

const HOPS: Template = { placeholder: 'hops', low: 2, high: 4 };

/** Loads a directory holding the given files (name below cypher/ → text). */
function loadDir(files: Record<string, string>): ReturnType<typeof loadCypher> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'linkage-cypher-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, `${name}.cypher`), text);
    }
    return loadCypher(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('cypher › templateOf', () => {
  it('reads the placeholder and its range from the header, and null for a plain statement', () => {
    expect(templateOf('t', template('// Template: $$hops (int 2..4)'))).toEqual(HOPS);
    expect(templateOf('t', '// Parameters: -\n// Columns: n\nRETURN 1 AS n')).toBeNull();
  });

  it('refuses a placeholder in a statement that is not a template', () => {
    expect(() => templateOf('cypher/x.cypher', template('// no template here'))).toThrow('cypher/x.cypher: uses the placeholder $$hops but is not a template');
  });

  it('refuses a header that does not give a whole-number range, or gives two', () => {
    for (const header of ['// Template: $$hops (2..4)', '// Template: $$hops (int 2..4.5)', '// Template: hops (int 2..4)', '// Template: $$hops (string)']) {
      expect(() => templateOf('t', template(header))).toThrow('a template\'s header must read "// Template: $$name (int low..high)"');
    }
    expect(() => templateOf('t', template('// Template: $$hops (int 4..2)'))).toThrow('the template\'s range 4..2 is empty');
    expect(() => templateOf('t', template('// Template: $$hops (int 2..4)\n// Template: $$hops (int 2..3)'))).toThrow('a template declares one placeholder');
  });

  it('refuses a placeholder the header does not declare, and a declared one the code never uses', () => {
    expect(() => templateOf('t', template('// Template: $$hops (int 2..4)', 'MATCH (a {id: $id})-[*1..$$depth]-(b)\nRETURN b.id AS id'))).toThrow('placeholder $$depth is used but not declared in the header');
    // Used in the first comment line only: the statements would all be the same.
    expect(() => templateOf('t', template('// Template: $$hops (int 2..4)', 'MATCH (a {id: $id})--(b)\nRETURN b.id AS id'))).toThrow('placeholder $$hops is declared but not used');
  });
});

describe('cypher › fillTemplate', () => {
  const text = template('// Template: $$hops (int 2..4)');

  it('writes the number wherever the placeholder stands, the header line included', () => {
    const filled = fillTemplate('cypher/x.cypher', text, HOPS, 3);
    expect(filled).toContain('// Links within 3 steps.');
    expect(filled).toContain('-[*1..3]-(b)');
    expect(filled).toContain('// Made from the template cypher/x.cypher with hops = 3');
    expect(filled).not.toContain('$$');
  });

  it('refuses anything but a whole number in the declared range', () => {
    for (const value of [1, 5, 2.5, Number.NaN, Infinity, '3', '3}]-(b) DETACH DELETE b //', null, undefined, [3]]) {
      expect(() => fillTemplate('cypher/x.cypher', text, HOPS, value)).toThrow(RangeError);
    }
    expect(() => fillTemplate('cypher/x.cypher', text, HOPS, 7)).toThrow('cypher/x.cypher: $$hops must be a whole number from 2 to 4, got 7');
  });
});

describe('cypher › loadCypher with templates', () => {
  it('makes one statement per value, named after the file and the value, each checked like a file', () => {
    const files = loadDir({ 'query/near': template('// Template: $$hops (int 2..4)') });
    expect([...files.keys()].sort()).toEqual(['query/near-2', 'query/near-3', 'query/near-4']);
    expect(files.get('query/near-4')).toMatchObject({ file: 'query/near', params: ['id'], columns: ['id'] });
    expect(files.get('query/near-4')?.text).toContain('-[*1..4]-(b)');
  });

  it('runs the header checks on each statement it makes, naming the template', () => {
    const sneaky = template('// Template: $$hops (int 2..3)', 'MATCH (a {id: $id})-[*1..$$hops]-(b)\nRETURN b.id AS id LIMIT $first');
    expect(() => loadDir({ 'query/near': sneaky })).toThrow('cypher/query/near.cypher (making query/near-2): parameter $first is used but not declared in the header');
  });

  it('refuses a template that makes a statement another file is', () => {
    const plain = '// Parameters: -\n// Columns: n\nRETURN 1 AS n';
    expect(() => loadDir({ 'query/near': template('// Template: $$hops (int 2..3)'), 'query/near-3': plain })).toThrow('makes query/near-3, which');
  });

  it('refuses a fragment that is a template, and parseCypherFile refuses an unfilled one', () => {
    const fragment = '// Parameters: -\n// Variables: r\n// Template: $$hops (int 2..3)\n(size(r) < $$hops)';
    expect(() => loadDir({ 'fragments/x': fragment })).toThrow('cypher/fragments/x.cypher: a fragment cannot be a template');
    expect(() => parseCypherFile('query/near', template('// Template: $$hops (int 2..3)'))).toThrow('is a template: loadCypher makes its statements');
  });

  // cypher/ holds no template since paths moved to a breadth-first search (query/paths/expand):
  // what a template makes is checked on a loaded directory, and statement() on a plain name.
  it('makes the statements of a template, but not the template itself', () => {
    const files = loadDir({ 'query/near': template('// Template: $$hops (int 2..3)') });
    expect([...files.keys()].sort()).toEqual(['query/near-2', 'query/near-3']);
    expect(files.get('query/near-3')?.text).toContain('[*1..3]');
    expect(() => statement('query/near', {})).toThrow('No cypher/query/near.cypher');
  });
});
