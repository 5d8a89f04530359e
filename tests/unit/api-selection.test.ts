import { Kind, parse } from 'graphql';
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, OperationDefinitionNode } from 'graphql';
import { selects } from '../../server/resolvers/selection';

/** The info a resolver of the query's first root field would get (only what selects reads). */
function infoOf(query: string): GraphQLResolveInfo {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const field = op?.selectionSet.selections[0] as FieldNode;
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
}

describe('selects', () => {
  it('finds a field right below the one resolved, not deeper', () => {
    expect(selects(infoOf('{ source(id: "a") { id text } }'), 'text')).toBe(true);
    expect(selects(infoOf('{ source(id: "a") { id title } }'), 'text')).toBe(false);
    expect(selects(infoOf('{ source(id: "a") { relationships { edges { node { id } } } } }'), 'totalCount')).toBe(false);
  });

  it('looks through inline fragments and named ones, a fragment cycle included', () => {
    expect(selects(infoOf('{ source(id: "a") { ... on Source { text } } }'), 'text')).toBe(true);
    expect(selects(infoOf('{ source(id: "a") { ...F } } fragment F on Source { ...G } fragment G on Source { text }'), 'text')).toBe(true);
    expect(selects(infoOf('{ source(id: "a") { ...F } } fragment F on Source { ...F id }'), 'text')).toBe(false);
  });

  it('counts a field under @skip as selected (it only starts work early)', () => {
    expect(selects(infoOf('query ($s: Boolean!) { source(id: "a") { text @skip(if: $s) } }'), 'text')).toBe(true);
  });
});
