import { cypher, splitStatements } from '../../server/cypher';
import { RELATION_TYPES } from '#vocabulary';

describe('cypher/schema', () => {
  it('has a range index on r.id for every relation type, and for no other type', () => {
    const statements = splitStatements(cypher('schema/relation-indexes'));
    const indexed = statements.map((s) => /^CREATE INDEX \w+ IF NOT EXISTS FOR \(\)-\[r:([A-Z_]+)\]-\(\) ON \(r\.id\)$/.exec(s)?.[1] ?? `unparsed: ${s}`);
    expect(indexed.sort()).toEqual(Object.keys(RELATION_TYPES).sort());
  });

  it('gives every schema statement its own name, so IF NOT EXISTS can recognise it on reload', () => {
    const names = ['schema/constraints', 'schema/relation-indexes', 'schema/fulltext', 'editing/schema', 'revisions/schema']
      .flatMap((file) => splitStatements(cypher(file)))
      .map((s) => /^CREATE (?:CONSTRAINT|INDEX|FULLTEXT INDEX) (\w+) IF NOT EXISTS/.exec(s)?.[1]);
    expect(names).not.toContain(undefined);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['entity_id', 'source_id', 'evidence_id', 'entity_kind', 'evidence_rel_id', 'entity_search']));
  });
});

describe('server/cypher splitStatements', () => {
  it('splits on semicolons at line ends and drops comment lines', () => {
    const text = '// header\n// Parameters: none\nCREATE A;\nCREATE B\n  ON X;\n\n';
    expect(splitStatements(text)).toEqual(['CREATE A', 'CREATE B\n  ON X']);
  });

  it('keeps a single statement without a semicolon', () => {
    expect(splitStatements('// c\nCALL db.awaitIndexes(10)\n')).toEqual(['CALL db.awaitIndexes(10)']);
  });
});
