// The published JSON Schemas (docs/schema): up to date with the vocabulary, and true of the real
// seed and of the import fixtures when read from the files, as an editor reads them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { ENTITY_KINDS, RELATION_TYPES, STANCES, STATUSES } from '#vocabulary';
import { CSV_FORMATS } from '#vocabulary/records/import';
import { recordSchemas, schemaFileText } from '#vocabulary/records/schema';
import { REPO_ROOT } from '../../server/config';
import { parseCsv } from '../../seed/import/csv-parse';

const DIR = path.join(REPO_ROOT, 'docs', 'schema');
const published = (name: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(DIR, name), 'utf8')) as Record<string, unknown>;
const fromFiles = (): Ajv => {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv, ['date']);
  ajv.addKeyword({ keyword: 'enumDescriptions', schemaType: 'array' });
  return ajv;
};

/** A CSV fixture's rows as the row schemas describe them: non-empty cells by column. */
function csvRows(name: string): { row: number; cells: Record<string, string> }[] {
  const { records, error } = parseCsv(readFileSync(path.join(REPO_ROOT, 'tests', 'fixtures', name), 'utf8'));
  if (error) throw new Error(error.message);
  const [head, ...body] = records;
  const header = head?.cells ?? [];
  return body.map((r) => ({ row: r.row, cells: Object.fromEntries(header.flatMap((c, i) => (r.cells[i] ? [[c, r.cells[i]]] : []))) }));
}

describe('vocabulary/records/schema (docs/schema)', () => {
  it('publishes exactly the schemas the vocabulary builds: run npx tsx scripts/write-schemas.ts when this fails', () => {
    const built = recordSchemas();
    expect(readdirSync(DIR).sort()).toEqual(Object.keys(built).sort());
    for (const [name, schema] of Object.entries(built)) expect(readFileSync(path.join(DIR, name), 'utf8')).toBe(schemaFileText(schema));
  });

  it('lists the vocabulary\'s kinds, relation types, statuses and stances in every schema that names them', () => {
    const defs = published('seed-relationships.schema.json').definitions as Record<string, { enum?: unknown }>;
    expect(defs.RelationType?.enum).toEqual(Object.keys(RELATION_TYPES));
    expect(defs.Status?.enum).toEqual([...STATUSES]);
    expect(defs.Stance?.enum).toEqual([...STANCES]);
    for (const name of ['seed-entities.schema.json', 'import.schema.json']) {
      expect((published(name).definitions as Record<string, { enum?: unknown }>).EntityKind?.enum).toEqual(Object.keys(ENTITY_KINDS));
    }
  });

  it('gives every schema its own $id and a description, and refers to nothing outside itself', () => {
    const ids = readdirSync(DIR).map((name) => {
      const text = readFileSync(path.join(DIR, name), 'utf8');
      expect([...text.matchAll(/"\$ref": "([^"]*)"/g)].every((m) => m[1]?.startsWith('#/definitions/'))).toBe(true);
      const schema = published(name);
      expect(schema.description).toEqual(expect.any(String));
      return schema.$id;
    });
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(['sources', 'entities', 'relationships'])('accepts the real seed\'s %s.json, read from the published file', (file) => {
    const validate = fromFiles().compile(published(`seed-${file}.schema.json`));
    const data: unknown = JSON.parse(readFileSync(path.join(REPO_ROOT, 'seed', 'data', `${file}.json`), 'utf8'));
    expect(validate(data) ? [] : validate.errors).toEqual([]);
  });

  it('accepts an import file as /export/graph.json writes it, nulls and $schema included, and refuses a seed-style source', () => {
    const validate = fromFiles().compile(published('import.schema.json'));
    const file = {
      $schema: '../docs/schema/import.schema.json',
      sources: [{ id: 's', title: 'T', publisher: 'P', author: null, publishedOn: '2024-03', publishedOnBasis: 'STATED', publishedOnNote: null, url: null, text: 'A builds B.' }],
      entities: [{ id: 'a', name: 'A', kind: 'AUTOMAKER', country: null, aliases: [], description: null }],
      relationships: [{
        id: 'a-b', type: 'BUILT_BY', from: 'a', to: 'b', status: 'ENDED', validFrom: null, validFromBasis: null, validTo: '2024', validToBasis: 'STATED', datesNote: null, role: null, note: null,
        evidence: [{ source: 's', quote: 'A builds', reportedOn: null, stance: null, attribution: { kind: 'ARTICLE', name: null, entity: null }, marksEnd: true }],
        context: [{ source: 's', quote: 'B.', reportedOn: null }],
      }],
    };
    expect(validate(file) ? [] : validate.errors).toEqual([]);
    expect(validate({ sources: [{ id: 's', file: 'a.txt', title: 'T', publisher: 'P', publishedOn: '2024' }] })).toBe(false);
  });

  it.each(CSV_FORMATS.map((f) => [f.kind] as const))('describes every column of a %s CSV file, marking the required ones', (kind) => {
    const format = CSV_FORMATS.find((f) => f.kind === kind);
    const schema = published(`import-csv-${kind}.schema.json`) as { properties: object; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(Object.keys(format?.columns ?? {}));
    expect(format?.required).toEqual(expect.arrayContaining(schema.required));
  });

  it('accepts the good CSV fixtures row by row and refuses the bad rows at their columns', () => {
    const ajv = fromFiles();
    for (const kind of ['entities', 'sources', 'relationships']) {
      const validate = ajv.compile(published(`import-csv-${kind}.schema.json`));
      for (const { row, cells } of csvRows(`import-${kind}.csv`)) expect([row, validate(cells) ? [] : validate.errors]).toEqual([row, []]);
    }
    const validate = ajv.getSchema(`${String(published('import-csv-relationships.schema.json').$id)}`);
    const bad = csvRows('import-bad-relationships.csv').flatMap(({ row, cells }) => (validate?.(cells) ? [] : [[row, validate?.errors?.[0]?.instancePath]]));
    expect(bad).toEqual([[2, '/type'], [6, '/valid_from']]);
  });
});
