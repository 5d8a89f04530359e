// Loads every cypher/**/*.cypher file once at start-up. Each file opens with a header:
//   // Parameters: $id (string), $first (int)
//   // Columns: id, name
// Statements are looked up by their path below cypher/ without the extension, e.g. "search/fulltext".
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config';

export interface CypherFile { name: string; text: string; params: string[]; columns: string[] }

export const CYPHER_DIR = path.join(REPO_ROOT, 'cypher');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return walk(full);
    return e.name.endsWith('.cypher') ? [full] : [];
  });
}

function headerList(text: string, label: string): string[] | null {
  const m = new RegExp(`^//\\s*${label}:\\s*(.*)$`, 'mi').exec(text);
  if (!m?.[1]) return null;
  const body = m[1].trim();
  if (body === '-' || body.toLowerCase() === 'none') return [];
  return body.split(',').map((s) => s.trim().replace(/^\$/, '').replace(/\s*\(.*\)$/, '')).filter(Boolean);
}

/** Parses one file; throws when the header is missing or names parameters the body never uses. */
export function parseCypherFile(name: string, text: string): CypherFile {
  const params = headerList(text, 'Parameters');
  const columns = headerList(text, 'Columns');
  if (params === null || columns === null) throw new Error(`cypher/${name}.cypher: header must name "// Parameters:" and "// Columns:"`);
  const body = text.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
  for (const p of params) {
    if (!new RegExp(`\\$${p}\\b`).test(body)) throw new Error(`cypher/${name}.cypher: parameter $${p} is declared but not used`);
  }
  const used = [...body.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
  for (const u of used) {
    if (u && !params.includes(u)) throw new Error(`cypher/${name}.cypher: parameter $${u} is used but not declared in the header`);
  }
  return { name, text, params, columns };
}

let cache: Map<string, CypherFile> | null = null;

export function loadCypher(dir: string = CYPHER_DIR): Map<string, CypherFile> {
  const files = new Map<string, CypherFile>();
  for (const file of walk(dir)) {
    const name = path.relative(dir, file).replace(/\\/g, '/').replace(/\.cypher$/, '');
    files.set(name, parseCypherFile(name, readFileSync(file, 'utf8')));
  }
  return files;
}

/** The text of a named statement; files are read on first use and kept. */
export function cypher(name: string): string {
  cache ??= loadCypher();
  const file = cache.get(name);
  if (!file) throw new Error(`No cypher/${name}.cypher`);
  return file.text;
}

/** A statement ready for Db.read/Db.write, with parameters checked against the header. */
export function statement(name: string, params: Record<string, unknown>): { cypher: string; params: Record<string, unknown> } {
  cache ??= loadCypher();
  const file = cache.get(name);
  if (!file) throw new Error(`No cypher/${name}.cypher`);
  for (const p of file.params) {
    if (!(p in params)) throw new Error(`cypher/${name}.cypher needs parameter $${p}`);
  }
  return { cypher: file.text, params };
}
