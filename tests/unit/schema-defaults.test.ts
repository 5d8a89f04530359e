// Defaults live in schema.graphql only. The cost model must see the schema's default when an
// argument is left out (and follow the schema when it changes), and no source file may restate one.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { REPO_ROOT } from '../../server/config';
import { testConfig } from '../support/env';
import { estimateCost } from '../../server/limits';
import { schemaShape } from '../../server/schema';
import { argumentName, defaultedArguments, typeDefsWithDefault } from '../support/schema-defaults';
import type { ArgumentRef } from '../support/schema-defaults';

const limits = testConfig().limits;
const schema = schemaShape();
const cost = (s: GraphQLSchema, query: string): number => estimateCost(s, parse(query), undefined, {}, limits);

/** A query around each sized argument; `set` is the argument as written, or '' to leave it out. */
const parens = (set: string): string => (set ? `(${set})` : '');
const SIZED: (ArgumentRef & { query: (set: string) => string })[] = [
  { type: 'Query', field: 'search', arg: 'first', query: (set) => `{ search(text: "nio" ${set}) { matched } }` },
  { type: 'Query', field: 'neighbourhood', arg: 'depth', query: (set) => `{ neighbourhood(ids: ["nio"] ${set}) { nodes { id } } }` },
  { type: 'Query', field: 'neighbourhood', arg: 'limit', query: (set) => `{ neighbourhood(ids: ["nio"] ${set}) { nodes { id } } }` },
  { type: 'Query', field: 'paths', arg: 'maxHops', query: (set) => `{ paths(from: "a", to: "b" ${set}) { steps { entity { id } } } }` },
  { type: 'Query', field: 'paths', arg: 'first', query: (set) => `{ paths(from: "a", to: "b" ${set}) { steps { entity { id } } } }` },
  { type: 'Query', field: 'relationships', arg: 'first', query: (set) => `{ relationships${parens(set)} { totalCount } }` },
  { type: 'Entity', field: 'relationships', arg: 'first', query: (set) => `{ entity(id: "nio") { relationships${parens(set)} { totalCount } } }` },
  { type: 'Source', field: 'relationships', arg: 'first', query: (set) => `{ source(id: "s") { relationships${parens(set)} { totalCount } } }` },
  { type: 'Query', field: 'proposals', arg: 'first', query: (set) => `{ proposals${parens(set)} { edges { node { id } } } }` },
  { type: 'Query', field: 'savedViews', arg: 'first', query: (set) => `{ savedViews${parens(set)} { edges { node { id } } } }` },
];

const defaults = defaultedArguments();
const defaultOf = (ref: ArgumentRef): number => Number(defaults.find((d) => argumentName(d) === argumentName(ref))?.defaultValue);

describe('argument defaults in the cost model', () => {
  it('covers every Int argument the schema gives a default', () => {
    const sized = defaults.filter((d) => typeof d.defaultValue === 'number').map(argumentName).sort();
    expect(SIZED.map(argumentName).sort()).toEqual(sized);
  });

  it.each(SIZED.map((s) => [argumentName(s), s] as const))('costs %s left out as the schema default, and follows the schema when it changes', (_name, sized) => {
    const given = defaultOf(sized);
    expect(cost(schema, sized.query(''))).toBe(cost(schema, sized.query(`${sized.arg}: ${given}`)));
    expect(cost(schema, sized.query(''))).toBe(cost(schema, sized.query(`${sized.arg}: null`)));

    const changed = given === 1 ? 2 : given - 1;
    const edited = buildSchema(typeDefsWithDefault(sized, changed));
    expect(cost(edited, sized.query(''))).toBe(cost(edited, sized.query(`${sized.arg}: ${changed}`)));
    expect(cost(edited, sized.query(`${sized.arg}: null`))).toBe(cost(edited, sized.query(`${sized.arg}: ${changed}`)));
    expect(cost(edited, sized.query(''))).not.toBe(cost(schema, sized.query('')));
  });
});

/** Source files that could restate a default: the server and the page, not the generated ones. */
function sources(dir: string): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.includes('generated'))
    .map((e) => path.relative(REPO_ROOT, path.join(e.parentPath, e.name)));
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The default as code would spell it: 4, or 'BOTH' / "BOTH". */
const literal = (value: unknown): string => (typeof value === 'string' ? `['"]${escape(value)}['"]` : escape(String(value)));

/**
 * Ways a default gets restated: `args.maxHops ?? 4`, `x || 4`, or the argument followed by its
 * default as a call's fallback parameter: `intInRange('maxHops', args.maxHops, range, 4)`, `clamp(args.first, 3, max)`.
 */
const restatements = (arg: string, value: unknown): RegExp[] => [
  new RegExp(`\\b${arg}\\b[^\\n;]*(?:\\?\\?|\\|\\|)\\s*${literal(value)}(?![\\w.])`),
  new RegExp(`\\b${arg}\\b[^\\n;]*,\\s*${literal(value)}\\s*[,)]`),
];

describe('argument defaults in the code', () => {
  it('are not restated by the server or the page', () => {
    const found: string[] = [];
    for (const file of [...sources('server'), ...sources('client/src')]) {
      readFileSync(path.join(REPO_ROOT, file), 'utf8').split('\n').forEach((line, i) => {
        for (const d of defaults) {
          if (restatements(d.arg, d.defaultValue).some((re) => re.test(line))) found.push(`${file}:${i + 1} restates the default of ${argumentName(d)}: ${line.trim()}`);
        }
      });
    }
    expect(found).toEqual([]);
  });

  it('are shown by the page from the generated SCHEMA_DEFAULTS, not spelled out in its texts', () => {
    const maxHops = defaults.find((d) => argumentName(d) === 'Query.paths(maxHops)')?.defaultValue;
    const spelled = new RegExp(`(?<![\\w.$])${literal(maxHops)}\\s+links\\b`);
    const found = sources('client/src').flatMap((file) => readFileSync(path.join(REPO_ROOT, file), 'utf8').split('\n')
      .flatMap((line, i) => (spelled.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])));
    expect(found).toEqual([]);
    expect(spelled.test('No path within 4 links{state.asOf}')).toBe(true);
  });

  it('recognises the restatements it looks for', () => {
    const hits = (line: string, arg: string, value: unknown): boolean => restatements(arg, value).some((re) => re.test(line));
    expect(hits("  const maxHops = intInRange('maxHops', args.maxHops, { min: 1, max: ctx.limits.maxHops }, 4);", 'maxHops', 4)).toBe(true);
    expect(hits('    maxHops: options.maxHops ?? 4,', 'maxHops', 4)).toBe(true);
    expect(hits("case 'Query.paths': return { times: clamp(args.first, 3, limits.maxPaths) };", 'first', 3)).toBe(true);
    expect(hits("const key = { direction: args.direction ?? 'BOTH' };", 'direction', 'BOTH')).toBe(true);
    expect(hits("  const maxHops = intInRange('maxHops', args.maxHops, { min: 1, max: ctx.limits.maxHops });", 'maxHops', 4)).toBe(false);
    expect(hits('const first = 40;', 'first', 4)).toBe(false);
  });
});
