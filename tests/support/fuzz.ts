// Seeded, schema-generated GraphQL operations for the fuzz test: random root fields with random
// (often hostile) arguments and random selections a few levels deep. The same seed gives the same
// operations, so a failure can be replayed.
import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType } from 'graphql';
import type { GraphQLArgument, GraphQLField, GraphQLInputType, GraphQLObjectType, GraphQLSchema } from 'graphql';

/** mulberry32: small, fast and good enough to pick test inputs. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRINGS = [
  'nio', 'jac', 'nio-built-by-jac', 'xiaomi', '蔚来', '小米汽车', '', ' ', 'x'.repeat(300), '名'.repeat(120),
  "') MATCH (n) DETACH DELETE n //", '$filter', '\\u0000', '\u0000', '\u202e', '"quoted"', '2018', '2023-12', '2023-02-30',
  '9999-99-99', '-1', 'null', '*', 'AND OR NOT', '~~~', '<script>alert(1)</script>', 'e'.repeat(5000),
];
const INTS = [0, 1, 2, 3, 4, 6, 7, 10, 50, 51, 100, 1000, 1001, -1, 2147483647, -2147483648];

export interface Fuzzer { operation: () => string }

export function fuzzer(schema: GraphQLSchema, seed: number): Fuzzer {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const chance = (p: number): boolean => next() < p;

  function value(type: GraphQLInputType, depth: number): string {
    if (isNonNullType(type)) return value(type.ofType, depth);
    if (chance(0.05)) return 'null';
    if (isListType(type)) {
      const n = pick([0, 1, 2, 3, 120]);
      return `[${Array.from({ length: n }, () => value(type.ofType, depth + 1)).join(', ')}]`;
    }
    if (isEnumType(type)) return chance(0.9) ? pick(type.getValues()).name : 'NOT_A_VALUE';
    if (isInputObjectType(type)) {
      if (depth > 3) return '{}';
      const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || chance(0.5));
      return `{ ${fields.map((f) => `${f.name}: ${value(f.type, depth + 1)}`).join(', ')} }`;
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'Int': return String(pick(INTS));
        case 'Float': return String(pick([0, 0.5, -1e9, 1e300]));
        case 'Boolean': return pick(['true', 'false']);
        default: return JSON.stringify(pick(STRINGS));
      }
    }
    return 'null';
  }

  function args(list: readonly GraphQLArgument[]): string {
    const given = list.filter((a) => isNonNullType(a.type) || chance(0.5)).map((a) => `${a.name}: ${value(a.type, 0)}`);
    return given.length ? `(${given.join(', ')})` : '';
  }

  function selection(type: GraphQLObjectType, depth: number): string {
    const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
    const scalars = fields.filter((f) => !isObjectType(getNamedType(f.type)));
    const chosen = new Set<GraphQLField<unknown, unknown>>([pick(scalars.length ? scalars : fields)]);
    for (let i = 0; i < 3; i++) if (chance(0.6)) chosen.add(pick(fields));
    return `{ ${[...chosen].map((f) => field(f, depth)).join(' ')} }`;
  }

  function field(f: GraphQLField<unknown, unknown>, depth: number): string {
    const named = getNamedType(f.type);
    if (!isObjectType(named)) return `${f.name}${args(f.args)}`;
    if (depth >= 3) return `${f.name}${args(f.args)} { __typename }`;
    return `${f.name}${args(f.args)} ${selection(named, depth + 1)}`;
  }

  return {
    operation: () => {
      const mutation = schema.getMutationType();
      const root = mutation && chance(0.2) ? mutation : schema.getQueryType();
      if (!root) throw new Error('the schema has no Query type');
      const fields = Object.values(root.getFields());
      const chosen = Array.from({ length: chance(0.3) ? 2 : 1 }, (_, i) => `f${i}: ${field(pick(fields), 1)}`);
      return `${root === mutation ? 'mutation' : 'query'} { ${chosen.join(' ')} }`;
    },
  };
}
