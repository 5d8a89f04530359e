// Fragments: pieces of Cypher that several statements share (the link filter), kept once under
// cypher/fragments/ and pasted into each statement where it has a line `// Include: fragments/x`.
// A fragment is a boolean expression, so the include line stands where a WHERE condition goes.
// Fragments may include other fragments (the filter's two shapes share the tests on the link).
import { checkParameters, codeOf, headerList } from './header';

export const FRAGMENT_DIR = 'fragments';

export interface Fragment {
  /** Its path below cypher/ without the extension, e.g. "fragments/link-filter-one-end". */
  name: string;
  /** The expression, without its header; it may still hold include lines. */
  code: string;
  params: string[];
  /** The variables the including statement must have bound where the include stands. */
  variables: string[];
}

export type Fragments = ReadonlyMap<string, Fragment>;

/** A line `// Include: fragments/x`, alone on its line: group 1 is its indent, group 2 the name. */
export const INCLUDE_LINE = /^(\s*)\/\/\s*Include:\s*(\S+)\s*$/;

export const isFragmentName = (name: string): boolean => name.startsWith(`${FRAGMENT_DIR}/`);

/** Parses one fragment file's header; checkFragments checks its code once all fragments are known. */
export function parseFragment(name: string, text: string): Fragment {
  const where = `cypher/${name}.cypher`;
  const params = headerList(text, 'Parameters');
  const variables = headerList(text, 'Variables');
  if (params === null || variables === null) throw new Error(`${where}: a fragment's header must name "// Parameters:" and "// Variables:"`);
  // Include lines are comments too, so the code is everything after the header block.
  const lines = text.split('\n');
  const start = lines.findIndex((l) => !l.trim().startsWith('//') && l.trim() !== '');
  const code = start < 0 ? '' : lines.slice(start).join('\n').trimEnd();
  if (code === '') throw new Error(`${where}: the fragment is empty`);
  return { name, code, params, variables };
}

function expand(where: string, text: string, fragments: Fragments, declared: readonly string[], stack: readonly string[], includes: string[]): string {
  return text.split('\n').flatMap((line) => {
    const m = INCLUDE_LINE.exec(line);
    if (!m) return [line];
    const [, indent = '', name = ''] = m;
    const fragment = fragments.get(name);
    if (!fragment) throw new Error(`${where}: includes ${name}, which is not a fragment (known: ${[...fragments.keys()].join(', ') || 'none'})`);
    if (stack.includes(name)) throw new Error(`${where}: ${[...stack, name].join(' includes ')}, a cycle`);
    const missing = fragment.params.filter((p) => !declared.includes(p));
    if (missing.length > 0) throw new Error(`${where}: includes ${name}, which needs ${missing.map((p) => `$${p}`).join(', ')}: declare it in the header`);
    includes.push(name);
    const code = expand(where, fragment.code, fragments, declared, [...stack, name], includes);
    return [`${indent}// ${name}:`, ...code.split('\n').map((l) => `${indent}${l}`)];
  }).join('\n');
}

/**
 * The text with each include line replaced by the fragment's code, indented like the line it
 * replaces. `declared` are the includer's own parameters: it must declare every parameter of
 * what it includes, so that a statement's header stays the whole list of what callers pass.
 */
export function expandIncludes(where: string, text: string, fragments: Fragments, declared: readonly string[]): { text: string; includes: string[] } {
  const includes: string[] = [];
  return { text: expand(where, text, fragments, declared, [], includes), includes };
}

/** Throws unless each fragment, expanded, uses exactly the parameters and the variables it declares. */
export function checkFragments(fragments: Fragments): void {
  for (const f of fragments.values()) {
    const where = `cypher/${f.name}.cypher`;
    const code = codeOf(expandIncludes(where, f.code, fragments, f.params).text);
    checkParameters(where, code, f.params);
    for (const v of f.variables) {
      if (!new RegExp(`\\b${v}\\b`).test(code)) throw new Error(`${where}: variable ${v} is declared but not used`);
    }
  }
}
