// Resolvers take argument defaults from the schema they run under: left out or null, an argument
// has the schema's default, and a schema with another default answers differently.
import { ApolloServer } from '@apollo/server';
import type { Db } from '../../server/db';
import { createContext, resolvers } from '../../server/resolvers';
import type { Context } from '../../server/resolvers';
import { loadTypeDefs } from '../../server/schema';
import { testConfig, testDb } from '../support/env';
import { typeDefsWithDefault } from '../support/schema-defaults';

const limits = testConfig().limits;
let db: Db;
beforeAll(() => { db = testDb(); });
afterAll(() => db.close());

async function run<T>(typeDefs: string, query: string): Promise<T> {
  const server = new ApolloServer<Context>({ typeDefs, resolvers });
  try {
    const res = await server.executeOperation({ query }, { contextValue: createContext(db, limits) });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = res.body.singleResult;
    if (errors) throw new Error(JSON.stringify(errors));
    return data as T;
  } finally {
    await server.stop();
  }
}

const lengths = async (typeDefs: string, args: string): Promise<number[]> =>
  (await run<{ paths: { length: number }[] }>(typeDefs, `{ paths(from: "sinogold", to: "jac"${args}) { length } }`)).paths.map((p) => p.length);

describe('argument defaults at execution', () => {
  it('gives paths the schema\'s maxHops and first when they are left out or null', async () => {
    const schema = loadTypeDefs();
    const stated = await lengths(schema, ', maxHops: 4, first: 3');
    expect(stated).toEqual([3, 3, 3]);
    expect(await lengths(schema, '')).toEqual(stated);
    expect(await lengths(schema, ', maxHops: null, first: null')).toEqual(stated);
  });

  it('follows the schema when its defaults change', async () => {
    expect(await lengths(typeDefsWithDefault({ type: 'Query', field: 'paths', arg: 'first' }, 1), '')).toEqual([3]);
    expect(await lengths(typeDefsWithDefault({ type: 'Query', field: 'paths', arg: 'maxHops' }, 3), ', first: 10')).toEqual([3, 3, 3, 3]);
    const page = await run<{ relationships: { edges: unknown[] } }>(
      typeDefsWithDefault({ type: 'Query', field: 'relationships', arg: 'first' }, 2), '{ relationships(first: null) { edges { cursor } } }');
    expect(page.relationships.edges).toHaveLength(2);
    const links = await run<{ entity: { relationships: { edges: unknown[] } } }>(
      typeDefsWithDefault({ type: 'Entity', field: 'relationships', arg: 'first' }, 1), '{ entity(id: "nio") { relationships { edges { cursor } } } }');
    expect(links.entity.relationships.edges).toHaveLength(1);
  });
});
