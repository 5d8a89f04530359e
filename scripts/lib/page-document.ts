// The page's operations (client/src/api/queries.ts) as one GraphQL document, for the code generator.
import { Kind, parse, print } from 'graphql';
import type { DefinitionNode, DocumentNode } from 'graphql';
import * as pageOperations from '../../client/src/api/queries';

/**
 * Each exported string carries the fragments it spreads, so the same fragment arrives several
 * times; it is kept once, and must read the same everywhere.
 */
export function pageDocument(sources: readonly string[] = Object.values(pageOperations)): DocumentNode {
  const definitions: DefinitionNode[] = [];
  const fragments = new Map<string, string>();
  for (const source of sources) {
    for (const def of parse(source).definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) {
        const text = print(def);
        const seen = fragments.get(def.name.value);
        if (seen !== undefined && seen !== text) throw new Error(`Fragment ${def.name.value} is defined twice, differently`);
        if (seen !== undefined) continue;
        fragments.set(def.name.value, text);
      }
      definitions.push(def);
    }
  }
  return { kind: Kind.DOCUMENT, definitions };
}
