import { buildSchema, parse, validate } from 'graphql';
import { knownOperationTypesRule } from '../../server/limits';
import { schemaShape } from '../../server/schema';

describe('known operation types', () => {
  it('refuses a subscription, which the schema has no root type for, naming the operation type', () => {
    const errors = validate(schemaShape(), parse('subscription { stats { entities } }'), [knownOperationTypesRule]);
    expect(errors.map((e) => e.message)).toEqual(['This API has no subscription operations']);
  });

  it('refuses a mutation when the schema has no Mutation type, and lets queries through', () => {
    const queryOnly = buildSchema('type Query { a: Int }');
    expect(validate(queryOnly, parse('mutation { a }'), [knownOperationTypesRule]).map((e) => e.message)).toEqual(['This API has no mutation operations']);
    expect(validate(queryOnly, parse('query { a }'), [knownOperationTypesRule])).toEqual([]);
  });

  it('accepts every operation type the schema has', () => {
    const full = buildSchema('type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }');
    expect(validate(full, parse('query { a } mutation M { b } subscription S { c }'), [knownOperationTypesRule])).toEqual([]);
  });
});
