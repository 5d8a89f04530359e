import { ErrorCode } from '#vocabulary/errors';
import { formatSeedError, SeedValidationError } from '../../seed/loader/types';
import type { Dataset, SeedError } from '../../seed/loader/types';
import { validateDataset } from '../../seed/loader/validate';

const ARTICLE = 'NIO used the foundry service of JAC Motors.\n\nNIO said:   “We build\n  our own cars.”\n\nNIO stopped using JAC in 2023.';

function validDataset(): Dataset {
  return {
    dir: 'memory',
    sources: [
      { id: 'yicai-2018-oem', file: '000-yicai.txt', title: 'OEM boost', publisher: 'Yicai Global', author: 'Zhang Yushuo', publishedOn: '2018-12-07', publishedOnBasis: 'STATED', url: null, text: ARTICLE, textPath: 'seed/sources/000-yicai.txt' },
    ],
    entities: [
      { id: 'nio', name: 'NIO', kind: 'EV_STARTUP', country: 'CN', aliases: ['Nio', '蔚来'] },
      { id: 'jac', name: 'JAC Motors', kind: 'AUTOMAKER', country: 'CN' },
      { id: 'li-bin', name: 'Li Bin', kind: 'PERSON' },
    ],
    relationships: [
      {
        id: 'nio-built-by-jac', type: 'BUILT_BY', from: 'nio', to: 'jac', status: 'ENDED', role: null,
        validFrom: '2018', validFromBasis: 'STATED', validTo: '2023-12', validToBasis: 'NOT_AFTER', datesNote: 'Stopped by the end of 2023 at the latest.',
        evidence: [
          { source: 'yicai-2018-oem', quote: 'NIO used the foundry service of JAC Motors.', reportedOn: '2018-12-07', stance: 'SUPPORTS', attribution: { kind: 'ARTICLE' } },
          { source: 'yicai-2018-oem', quote: 'NIO stopped using JAC in 2023.', attribution: { kind: 'ARTICLE' }, marksEnd: true },
        ],
      },
      {
        id: 'li-bin-ceo-of-nio', type: 'HOLDS_ROLE_AT', from: 'li-bin', to: 'nio', status: 'CONFIRMED', role: 'CEO',
        evidence: [{ source: 'yicai-2018-oem', quote: 'NIO used the foundry service', attribution: { kind: 'ARTICLE' } }],
      },
    ],
  };
}

/** Loosens a record so a test can put in what a careless curator might. */
const loose = (record: object): Record<string, unknown> => record as Record<string, unknown>;

function errorsAfter(mutate: (ds: Dataset) => void): SeedError[] {
  const ds = validDataset();
  mutate(ds);
  return validateDataset(ds);
}

function only(errors: SeedError[]): SeedError {
  expect(errors).toHaveLength(1);
  return errors[0] as SeedError;
}

describe('seed/loader/validate', () => {
  it('accepts a valid data set, optional fields absent or null', () => {
    expect(validateDataset(validDataset())).toEqual([]);
  });

  it('reports a missing required field with file, record index, id and field', () => {
    const e = only(errorsAfter((ds) => { delete loose(ds.entities[1] as object).name; }));
    expect(e).toEqual({ code: ErrorCode.BAD_USER_INPUT, file: 'entities.json', index: 1, id: 'jac', field: 'name', message: 'required' });
  });

  it('reports a field of the wrong type', () => {
    const e = only(errorsAfter((ds) => { loose(ds.sources[0] as object).title = 42; }));
    expect(e).toMatchObject({ file: 'sources.json', index: 0, id: 'yicai-2018-oem', field: 'title' });
    expect(e.message).toMatch(/must be a string, got number 42/);
  });

  it('reports a record that is not an object', () => {
    const e = only(errorsAfter((ds) => { (ds.entities as unknown[]).push('oops'); }));
    expect(e).toMatchObject({ file: 'entities.json', index: 3, id: null, field: null });
    expect(e.message).toMatch(/must be a JSON object/);
  });

  it('reports an id that is not a slug', () => {
    const e = only(errorsAfter((ds) => { (ds.sources[0] as { id: string }).id = 'Yicai_2018'; ds.relationships.forEach((r) => r.evidence.forEach((ev) => { ev.source = 'Yicai_2018'; })); }));
    expect(e).toMatchObject({ file: 'sources.json', index: 0, field: 'id' });
    expect(e.message).toMatch(/not a slug/);
  });

  it.each([
    ['entities.json', (ds: Dataset) => { ds.entities.push({ id: 'nio', name: 'Another NIO', kind: 'BRAND' }); }, 3],
    ['relationships.json', (ds: Dataset) => { ds.relationships.push({ ...(ds.relationships[0] as Dataset['relationships'][number]) }); }, 2],
    ['sources.json', (ds: Dataset) => { ds.sources.push({ ...(ds.sources[0] as Dataset['sources'][number]) }); }, 1],
  ])('reports a duplicate id within %s at the later record', (file, mutate, index) => {
    const e = only(errorsAfter(mutate));
    expect(e).toMatchObject({ file, index, field: 'id', message: 'duplicate id, already used by record 0' });
  });

  it.each(['from', 'to'] as const)('reports an unknown entity id in %s', (field) => {
    const e = only(errorsAfter((ds) => { (ds.relationships[0] as Record<typeof field, string>)[field] = 'xpeng'; }));
    expect(e).toMatchObject({ file: 'relationships.json', index: 0, id: 'nio-built-by-jac', field });
    expect(e.message).toMatch(/unknown entity id "xpeng"/);
  });

  it('reports a relationship from an entity to itself', () => {
    const e = only(errorsAfter((ds) => { (ds.relationships[0] as { to: string }).to = 'nio'; }));
    expect(e).toMatchObject({ field: 'to', message: 'is the same entity as from' });
  });

  it('reports an unknown source id in evidence', () => {
    const e = only(errorsAfter((ds) => { (ds.relationships[0]?.evidence[0] as { source: string }).source = 'reuters-2019'; }));
    expect(e).toMatchObject({ file: 'relationships.json', index: 0, field: 'evidence[0].source' });
    expect(e.message).toMatch(/unknown source id "reuters-2019"/);
  });

  it.each([
    ['entities.json', 'kind', (ds: Dataset) => { loose(ds.entities[0] as object).kind = 'STARTUP'; }, /"STARTUP" is not an entity kind \(one of AUTOMAKER, /],
    ['relationships.json', 'type', (ds: Dataset) => { loose(ds.relationships[0] as object).type = 'MADE_BY'; }, /"MADE_BY" is not a relation type/],
    ['relationships.json', 'status', (ds: Dataset) => { loose(ds.relationships[1] as object).status = 'CONFIRMD'; }, /"CONFIRMD" is not a status/],
    ['relationships.json', 'evidence[0].stance', (ds: Dataset) => { loose(ds.relationships[0]?.evidence[0] as object).stance = 'AGAINST'; }, /"AGAINST" is not a stance/],
  ])('reports a value outside the vocabulary in %s field %s', (file, field, mutate, message) => {
    const e = only(errorsAfter(mutate));
    expect(e).toMatchObject({ file, field });
    expect(e.message).toMatch(message);
  });

  it.each(['cn', 'CHN', 'C1'])('reports country %s as not two upper-case letters', (country) => {
    const e = only(errorsAfter((ds) => { (ds.entities[0] as { country: string }).country = country; }));
    expect(e).toMatchObject({ file: 'entities.json', index: 0, id: 'nio', field: 'country' });
    expect(e.message).toMatch(/two-letter upper-case country code/);
  });

  it.each([
    ['relationships.json', 'validFrom', '2018-13', (ds: Dataset, v: string) => { Object.assign(ds.relationships[1] as object, { validFrom: v, validFromBasis: 'STATED' }); }],
    ['relationships.json', 'validTo', '2023-02-30', (ds: Dataset, v: string) => { (ds.relationships[0] as { validTo: string }).validTo = v; }],
    ['relationships.json', 'evidence[0].reportedOn', 'Dec 2018', (ds: Dataset, v: string) => { (ds.relationships[0]?.evidence[0] as { reportedOn: string }).reportedOn = v; }],
    ['sources.json', 'publishedOn', '18-12-07', (ds: Dataset, v: string) => { (ds.sources[0] as { publishedOn: string }).publishedOn = v; }],
  ])('reports a bad partial date in %s field %s (%s)', (file, field, value, mutate) => {
    const e = only(errorsAfter((ds) => mutate(ds, value)));
    expect(e).toMatchObject({ file, field });
    expect(e.message).toContain(`"${value}" is not a date`);
  });

  it('reports validFrom after validTo, comparing the days the partial dates can mean', () => {
    const e = only(errorsAfter((ds) => { Object.assign(ds.relationships[0] as object, { validFrom: '2024', validTo: '2023-12' }); }));
    expect(e).toMatchObject({ field: 'validFrom', message: '"2024" is after validTo "2023-12"' });
    expect(errorsAfter((ds) => { Object.assign(ds.relationships[0] as object, { validFrom: '2023-12-31', validTo: '2023' }); })).toEqual([]);
  });

  it('reports an ENDED relationship without validTo', () => {
    const e = only(errorsAfter((ds) => { Object.assign(ds.relationships[0] as object, { validTo: null, validToBasis: null }); }));
    expect(e).toMatchObject({ index: 0, id: 'nio-built-by-jac', field: 'validTo', message: 'required when status is ENDED' });
  });

  it('reports HOLDS_ROLE_AT without a role', () => {
    const e = only(errorsAfter((ds) => { delete loose(ds.relationships[1] as object).role; }));
    expect(e).toMatchObject({ index: 1, id: 'li-bin-ceo-of-nio', field: 'role' });
    expect(e.message).toMatch(/required for HOLDS_ROLE_AT/);
  });

  it.each([
    ['absent', undefined, /required: a relationship needs at least one quote/],
    ['empty', [], /is empty: a relationship needs at least one quote/],
    ['not a list', 'yicai-2018-oem', /must be an array/],
  ])('reports evidence that is %s', (_what, evidence, message) => {
    const e = only(errorsAfter((ds) => { loose(ds.relationships[0] as object).evidence = evidence; }));
    expect(e).toMatchObject({ file: 'relationships.json', index: 0, field: 'evidence' });
    expect(e.message).toMatch(message);
  });

  it('reports an empty quote', () => {
    const e = only(errorsAfter((ds) => { (ds.relationships[0]?.evidence[0] as { quote: string }).quote = '  '; }));
    expect(e).toMatchObject({ field: 'evidence[0].quote', message: 'must not be empty' });
  });

  it('reports a quote not found verbatim in its source, naming the source and its file', () => {
    const e = only(errorsAfter((ds) => { (ds.relationships[0]?.evidence[0] as { quote: string }).quote = 'NIO used the foundry of JAC Motors.'; }));
    expect(formatSeedError(e)).toBe(
      'relationships.json record 0 (nio-built-by-jac) field evidence[0].quote: not found verbatim in source yicai-2018-oem (seed/sources/000-yicai.txt)',
    );
  });

  it('accepts a quote whose white space differs from the article only in runs and line breaks', () => {
    const quote = 'NIO said: “We build our own cars.”';
    expect(errorsAfter((ds) => { (ds.relationships[0]?.evidence[0] as { quote: string }).quote = quote; })).toEqual([]);
  });

  it('rejects a quote whose quotation marks are straight where the article has curly ones, and says so', () => {
    const e = only(errorsAfter((ds) => { (ds.relationships[0]?.evidence[0] as { quote: string }).quote = 'NIO said: "We build our own cars."'; }));
    expect(e.field).toBe('evidence[0].quote');
    expect(e.message).toMatch(/not found verbatim .*differs only in quotation marks/);
  });

  it('reports a source whose text file is missing, and does not repeat it for every quote', () => {
    const e = only(errorsAfter((ds) => { (ds.sources[0] as { text: string | null }).text = null; }));
    expect(e).toMatchObject({ file: 'sources.json', index: 0, id: 'yicai-2018-oem', field: 'file', message: 'text file not found: seed/sources/000-yicai.txt' });
  });

  it('reports a source file name that reaches outside sources/', () => {
    const e = only(errorsAfter((ds) => { (ds.sources[0] as { file: string }).file = '../data/entities.json'; }));
    expect(e).toMatchObject({ field: 'file' });
    expect(e.message).toMatch(/must be a file name inside sources\//);
  });

  it.each([
    ['a string', 'Nio', 'aliases', /must be an array of strings/],
    ['a list with an empty name', ['Nio', ''], 'aliases[1]', /must be a non-empty string/],
    ['a list with a number', [7], 'aliases[0]', /must be a non-empty string, got number 7/],
  ])('reports aliases that are %s', (_what, aliases, field, message) => {
    const e = only(errorsAfter((ds) => { loose(ds.entities[0] as object).aliases = aliases; }));
    expect(e).toMatchObject({ file: 'entities.json', index: 0, id: 'nio', field });
    expect(e.message).toMatch(message);
  });

  it('reports a field the format does not have, which is nearly always a typo', () => {
    const e = only(errorsAfter((ds) => { loose(ds.relationships[0] as object).validfrom = '2018'; }));
    expect(e).toMatchObject({ field: 'validfrom' });
    expect(e.message).toMatch(/unknown field/);
  });

  it('returns every error in the data set at once', () => {
    const errors = errorsAfter((ds) => {
      loose(ds.entities[0] as object).kind = 'NOPE';
      (ds.relationships[1] as { from: string }).from = 'ghost';
      (ds.sources[0] as { publishedOn: string }).publishedOn = 'soon';
    });
    expect(errors.map((e) => `${e.file}:${e.field ?? ''}`).sort()).toEqual(['entities.json:kind', 'relationships.json:from', 'sources.json:publishedOn']);
  });
});

describe('seed/loader/types SeedValidationError', () => {
  it('lists every error in its message and keeps them as data', () => {
    const errors = errorsAfter((ds) => { delete loose(ds.entities[0] as object).name; delete loose(ds.entities[1] as object).kind; });
    const err = new SeedValidationError(errors);
    expect(err.errors).toBe(errors);
    expect(err.message).toContain('2 errors; nothing was written');
    expect(err.message).toContain('entities.json record 0 (nio) field name: required');
    expect(err.message).toContain('entities.json record 1 (jac) field kind: required');
  });

  it('keeps every error as data, code and location included', () => {
    const conflict = { code: ErrorCode.BAD_USER_INPUT, file: 'relationships.json' as const, index: 0, id: 'nio-built-by-jac', field: null, message: 'id already used in the database' };
    const missing = { ...conflict, code: ErrorCode.NOT_FOUND };
    expect(new SeedValidationError([conflict, missing]).errors).toEqual([conflict, missing]);
  });
});
