// Broken copies of the statements that take `$filter`, to prove that the filter contract notices
// a lost predicate. Each mutant is ONE statement expanded with a copy of a link-filter fragment
// that lacks one predicate line, at ONE of its includes; every other statement and include keeps
// the real fragments. (Issue 8 found 5 of the 12 "drop statuses / asOf from one file" variants
// passing the whole suite before the contract existed.)
import { INCLUDE_LINE, parseCypherFile } from '../../server/cypher';
import type { CypherFile, Fragment, Fragments } from '../../server/cypher';
import type { FilterParams } from '../../server/translate/filter';
import type { FilterCase } from './filter-contract';

/** One line of a link-filter fragment per filter field, recognised by a piece of its text. */
export const PREDICATES = {
  types: 'type(r) IN $filter.types',
  statuses: 'r.status IN $filter.statuses',
  asOf: '$filter.asOf IS NULL',
  'between.from': '$filter.from IS NULL',
  'between.to': '$filter.to IS NULL',
  kinds: '$filter.kinds IS NULL',
  retired: 'coalesce(r.retired, false)',
} as const;

export type Predicate = keyof typeof PREDICATES;

/** The `$filter` field each predicate tests; null for one that holds whatever the filter (retired links never pass). */
const FIELD: Record<Predicate, keyof FilterParams | null> = { types: 'types', statuses: 'statuses', asOf: 'asOf', 'between.from': 'from', 'between.to': 'to', kinds: 'kinds', retired: null };

export const usesField = (filter: FilterParams, predicate: Predicate): boolean => {
  const field = FIELD[predicate];
  return field === null || filter[field] !== null;
};

/** The cases that set the predicate's field first: those are the ones a mutant must fail. */
export const casesFor = (cases: readonly FilterCase[], predicate: Predicate): FilterCase[] =>
  [...cases.filter((c) => usesField(c.filter, predicate)), ...cases.filter((c) => !usesField(c.filter, predicate))];

export interface Mutant {
  label: string;
  statement: string;
  predicate: Predicate;
  file: CypherFile;
  /** How often the predicate's text occurs in the real and in the mutated statement. */
  occurrences: { before: number; after: number };
}

const count = (text: string, piece: string): number => text.split(piece).length - 1;

/** The code without the one line holding `piece`; an `AND` left opening a group is dropped too. */
export function withoutLine(code: string, piece: string): string {
  const lines = code.split('\n');
  const at = lines.findIndex((l) => l.includes(piece));
  if (at < 0 || lines.findIndex((l, i) => i > at && l.includes(piece)) >= 0) throw new Error(`expected exactly one line with "${piece}"`);
  lines.splice(at, 1);
  const next = lines[at];
  if (next !== undefined && lines[at - 1]?.trim().endsWith('(')) lines[at] = next.replace(/^(\s*)AND\s+/, '$1');
  return lines.join('\n');
}

const includesOf = (text: string): string[] => text.split('\n').flatMap((l) => INCLUDE_LINE.exec(l)?.[2] ?? []);

/** The chain of includes from `name` down to the fragment whose own code holds `piece`. */
function chainTo(fragments: Fragments, name: string, piece: string): string[] | null {
  const f = fragments.get(name);
  if (!f) return null;
  if (f.code.includes(piece)) return [name];
  for (const inner of includesOf(f.code)) {
    const rest = chainTo(fragments, inner, piece);
    if (rest) return [name, ...rest];
  }
  return null;
}

const mutantName = (name: string): string => name.replace(/^fragments\//, 'fragments/mutant/');

/** The statement with its `occurrence`-th include (counted from 0) broken for `predicate`, or null when it has none. */
export function mutate(name: string, source: string, fragments: Fragments, predicate: Predicate, occurrence: number): CypherFile | null {
  const piece = PREDICATES[predicate];
  const lines = source.split('\n');
  const at = lines.map((l, i) => (INCLUDE_LINE.test(l) ? i : -1)).filter((i) => i >= 0)[occurrence];
  const top = at === undefined ? undefined : INCLUDE_LINE.exec(lines[at] ?? '')?.[2];
  const chain = at === undefined || top === undefined ? null : chainTo(fragments, top, piece);
  if (at === undefined || !top || !chain) return null;
  const copies = new Map<string, Fragment>(fragments);
  chain.forEach((fragmentName, i) => {
    const f = fragments.get(fragmentName) as Fragment;
    const inner = chain[i + 1];
    const code = inner === undefined
      ? withoutLine(f.code, piece)
      : f.code.split('\n').map((l) => (INCLUDE_LINE.exec(l)?.[2] === inner ? l.replace(inner, mutantName(inner)) : l)).join('\n');
    copies.set(mutantName(fragmentName), { ...f, name: mutantName(fragmentName), code });
  });
  lines[at] = (lines[at] ?? '').replace(top, mutantName(top));
  return parseCypherFile(name, lines.join('\n'), copies);
}

/** Every mutant of every statement that takes $filter: each predicate at each of its includes. */
export function allMutants(statements: readonly CypherFile[], fragments: Fragments): Mutant[] {
  return statements.flatMap((real) => {
    const { source } = real;
    const tops = includesOf(source).length;
    return (Object.keys(PREDICATES) as Predicate[]).flatMap((predicate) =>
      Array.from({ length: tops }, (_, occurrence) => mutate(real.name, source, fragments, predicate, occurrence)).flatMap((file, occurrence) => {
        if (!file) return [];
        const where = tops > 1 ? ` (include ${occurrence + 1} of ${tops})` : '';
        const piece = PREDICATES[predicate];
        return [{ label: `${real.name} without ${predicate}${where}`, statement: real.name, predicate, file, occurrences: { before: count(real.text, piece), after: count(file.text, piece) } }];
      }));
  });
}
