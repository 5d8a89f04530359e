// Loads every cypher/**/*.cypher file once at start-up. Each statement opens with a header:
//   // Parameters: $id (string), $first (int)
//   // Columns: id, name
// Statements are looked up by their path below cypher/ without the extension, e.g. "search/fulltext".
// Files under cypher/fragments/ are not statements: their text is pasted into the statements that
// include them (see fragments.ts) before the header checks run, so the checks see what Neo4j runs.
// A file with a `// Template:` header stands for several statements, one per value of its
// placeholder (see template.ts); the file itself is not a statement.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config';
import { checkFragments, expandIncludes, isFragmentName, parseFragment } from './fragments';
import type { Fragment, Fragments } from './fragments';
import type { Db } from '../db';
import { checkParameters, codeOf, headerList } from './header';
import { splitStatements } from './schema';
import { fillTemplate, filledName, templateOf, templateValues } from './template';

export { splitStatements } from './schema';

export { checkFragments, expandIncludes, INCLUDE_LINE, parseFragment } from './fragments';
export type { Fragment, Fragments } from './fragments';
export { fillTemplate, filledName, templateOf, templateValues } from './template';
export type { Template } from './template';

export interface CypherFile {
  name: string;
  /** The statement as it runs: includes expanded. */
  text: string;
  params: string[];
  columns: string[];
  /** The fragments it includes, in order. */
  includes: string[];
  /** The file it comes from, below cypher/ without the extension: its own name, or its template's. */
  file: string;
  /** The statement as written in that file (a template's placeholder filled), includes not expanded. */
  source: string;
}

export const CYPHER_DIR = path.join(REPO_ROOT, 'cypher');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return walk(full);
    return e.name.endsWith('.cypher') ? [full] : [];
  });
}

/**
 * Parses one statement, expanding its includes from `fragments`; throws when the header is
 * missing, names a parameter the expanded body never uses, or the body uses one it does not name,
 * and when it is a template or still holds a placeholder. `file` is the file it comes from.
 */
export function parseCypherFile(name: string, source: string, fragments: Fragments = new Map(), file: string = name): CypherFile {
  const where = file === name ? `cypher/${name}.cypher` : `cypher/${file}.cypher (making ${name})`;
  if (templateOf(where, source)) throw new Error(`${where}: is a template: loadCypher makes its statements, one per value`);
  const params = headerList(source, 'Parameters');
  const columns = headerList(source, 'Columns');
  if (params === null || columns === null) throw new Error(`${where}: header must name "// Parameters:" and "// Columns:"`);
  const { text, includes } = expandIncludes(where, source, fragments, params);
  checkParameters(where, codeOf(text), params);
  return { name, text, params, columns, includes, file, source };
}

/** Every .cypher file below `dir`, by name, as written. */
function readAll(dir: string): Map<string, string> {
  return new Map(walk(dir).map((file) => [path.relative(dir, file).replace(/\\/g, '/').replace(/\.cypher$/, ''), readFileSync(file, 'utf8')]));
}

function fragmentsOf(texts: ReadonlyMap<string, string>): Map<string, Fragment> {
  const fragments = new Map<string, Fragment>();
  for (const [name, text] of texts) {
    if (!isFragmentName(name)) continue;
    if (templateOf(`cypher/${name}.cypher`, text)) throw new Error(`cypher/${name}.cypher: a fragment cannot be a template`);
    fragments.set(name, parseFragment(name, text));
  }
  checkFragments(fragments);
  return fragments;
}

/** Every fragment below `dir`, checked. */
export function loadFragments(dir: string = CYPHER_DIR): Map<string, Fragment> {
  return fragmentsOf(readAll(dir));
}

/** The statements one file makes, by name: itself, or one per value of its template's placeholder. */
function statementsOfFile(name: string, text: string, fragments: Fragments): CypherFile[] {
  const where = `cypher/${name}.cypher`;
  const template = templateOf(where, text);
  if (!template) return [parseCypherFile(name, text, fragments)];
  return templateValues(template).map((value) => parseCypherFile(filledName(name, value), fillTemplate(where, text, template, value), fragments, name));
}

/** Every statement below `dir` (fragments excluded, templates filled), includes expanded. */
export function loadCypher(dir: string = CYPHER_DIR): Map<string, CypherFile> {
  const texts = readAll(dir);
  const fragments = fragmentsOf(texts);
  const files = new Map<string, CypherFile>();
  for (const [name, text] of texts) {
    if (isFragmentName(name)) continue;
    for (const made of statementsOfFile(name, text, fragments)) {
      const other = files.get(made.name);
      if (other || (made.file !== made.name && texts.has(made.name))) {
        throw new Error(`cypher/${made.file}.cypher: makes ${made.name}, which cypher/${other?.file ?? made.name}.cypher makes too`);
      }
      files.set(made.name, made);
    }
  }
  return files;
}

let cache: Map<string, CypherFile> | null = null;

function file(name: string): CypherFile {
  if (isFragmentName(name)) throw new Error(`cypher/${name}.cypher is a fragment, not a statement: statements include it with "// Include: ${name}"`);
  cache ??= loadCypher();
  const found = cache.get(name);
  if (found) return found;
  const made = [...cache.values()].filter((f) => f.file === name).map((f) => f.name);
  if (made.length > 0) throw new Error(`cypher/${name}.cypher is a template, not a statement: it makes ${made.join(', ')}`);
  throw new Error(`No cypher/${name}.cypher`);
}

/** The text of a named statement, includes expanded; files are read on first use and kept. */
export function cypher(name: string): string {
  return file(name).text;
}

/**
 * A statement ready for Db.read/Db.write, with parameters checked against the header; it carries
 * its name so that the Db can time it by name (the query-duration metric).
 */
export function statement(name: string, params: Record<string, unknown>): { name: string; cypher: string; params: Record<string, unknown> } {
  const found = file(name);
  for (const p of found.params) {
    if (!(p in params)) throw new Error(`cypher/${name}.cypher needs parameter $${p}`);
  }
  return { name, cypher: found.text, params };
}

/**
 * The statements of a multi-statement file (schema files: one command per line, each ending in
 * ";"), comments dropped, for running one at a time. Such files take no parameters.
 */
export function statementsOf(name: string): string[] {
  return splitStatements(file(name).text);
}

/**
 * Runs every statement of the named schema files, one write each, in order; returns how many ran.
 * Every schema file uses IF NOT EXISTS, so any writer may run it at its start.
 */
export async function applySchema(db: Pick<Db, 'write'>, names: readonly string[]): Promise<number> {
  let count = 0;
  for (const name of names) {
    for (const cypher of statementsOf(name)) {
      await db.write({ cypher, params: {} });
      count += 1;
    }
  }
  return count;
}
