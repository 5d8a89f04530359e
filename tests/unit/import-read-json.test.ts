import { ErrorCode } from '#vocabulary/errors';
import { readJsonImport } from '../../seed/import/read-json';

describe('import read-json', () => {
  it('reads the three lists and locates fields by list, index and id', () => {
    const batch = readJsonImport('g.json', JSON.stringify({ entities: [{ id: 'nio', name: 'NIO', kind: 'EV_STARTUP' }], relationships: [] }));
    expect(batch.errors).toEqual([]);
    expect(batch.entities[0]?.record).toEqual({ id: 'nio', name: 'NIO', kind: 'EV_STARTUP' });
    expect(batch.entities[0]?.origin.locate('kind')).toEqual({ row: 'entities[0] (nio)', column: 'kind' });
  });

  it('reports bad JSON with its line and column', () => {
    const batch = readJsonImport('g.json', '{\n  "entities": [\n    {"id": "a",}\n  ]\n}');
    expect(batch.errors).toEqual([{ code: ErrorCode.BAD_USER_INPUT, file: 'g.json', row: null, column: null, message: expect.stringMatching(/line 3 column \d+/) }]);
  });

  it('refuses unknown top-level keys and lists that are not arrays', () => {
    const batch = readJsonImport('g.json', JSON.stringify({ entity: [], sources: {} }));
    expect(batch.errors.map((e) => [e.column, e.message])).toEqual([
      ['entity', expect.stringContaining('unknown key')],
      ['sources', 'must be an array of records'],
    ]);
  });

  it('refuses a source that names a text file instead of carrying its text', () => {
    const batch = readJsonImport('g.json', JSON.stringify({ sources: [{ id: 's', file: 'a.txt' }] }));
    expect(batch.errors).toEqual([{ code: ErrorCode.BAD_USER_INPUT, file: 'g.json', row: 'sources[0] (s)', column: 'file', message: expect.stringContaining('"text"') }]);
  });

  it('passes records that are not objects on for the validator to report', () => {
    const batch = readJsonImport('g.json', JSON.stringify({ entities: ['nio'] }));
    expect(batch.entities[0]?.record).toBe('nio');
    expect(batch.entities[0]?.origin.locate(null)).toEqual({ row: 'entities[0]', column: null });
  });

  it('accepts a $schema key, so that editors can validate the file while it is written', () => {
    const batch = readJsonImport('g.json', JSON.stringify({ $schema: '../docs/schema/import.schema.json', entities: [] }));
    expect(batch.errors).toEqual([]);
  });

  it('refuses a file that is not an object, saying what it must hold', () => {
    expect(readJsonImport('g.json', '[]').errors).toEqual([
      { code: ErrorCode.BAD_USER_INPUT, file: 'g.json', row: null, column: null, message: 'must hold a JSON object with "sources", "entities" and/or "relationships" arrays' },
    ]);
  });
});
