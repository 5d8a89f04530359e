import { ErrorCode } from '#vocabulary/errors';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCsvImport } from '../../seed/import/read-csv';

const fixture = (name: string): string => readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf8');

describe('import read-csv', () => {
  it('reads an entities file with aliases split on "|" and empty cells left out', () => {
    const batch = readCsvImport('e.csv', fixture('import-entities.csv'));
    expect(batch.errors).toEqual([]);
    expect(batch.entities.map((e) => e.record)).toEqual([
      { id: 'seres', name: 'Seres Group', kind: 'AUTOMAKER', country: 'CN', aliases: ['Seres', '赛力斯', '赛力斯集团'], description: 'Carmaker that builds the AITO cars, with Huawei.' },
      { id: 'aito', name: 'AITO', kind: 'BRAND', country: 'CN', aliases: ['问界', 'Wenjie'], description: 'Car brand that Seres builds and sells with Huawei.' },
      { id: 'huawei', name: 'Huawei', kind: 'TECH_COMPANY', country: 'CN', aliases: ['华为'] },
    ]);
  });

  it('reads a sources file whose article text spans lines and holds quotes', () => {
    const [source] = readCsvImport('s.csv', fixture('import-sources.csv')).sources;
    const record = source?.record as Record<string, string>;
    expect(record.publishedOn).toBe('2024-03');
    expect(record.text).toContain('\n\nHuawei, which says');
    expect(record.text).toContain('"a smart car solution"');
  });

  it('merges rows that share a relationship_id into one relationship with one quote per row', () => {
    const batch = readCsvImport('r.csv', fixture('import-relationships.csv'));
    expect(batch.errors).toEqual([]);
    const built = batch.relationships[0]?.record as { id: string; status: string; validFrom: string; evidence: unknown[] };
    expect(batch.relationships).toHaveLength(3);
    expect(built).toMatchObject({ id: 'aito-built-by-seres', status: 'CONFIRMED', validFrom: '2024' });
    expect(built.evidence).toEqual([
      { source: 'fixture-seres-aito', quote: 'Seres Group (赛力斯) builds the AITO (问界) cars, which it develops and sells together with Huawei.', attribution: { kind: 'ARTICLE' } },
      { source: 'fixture-seres-aito', quote: 'Huawei, which says it does not build cars itself, provides the software', reportedOn: '2024-03-05', stance: 'QUALIFIES', attribution: { kind: 'ARTICLE' } },
    ]);
  });

  it('reads a row\'s attribution into an object, marks_end as a boolean, and CONTEXT rows into the link\'s context', () => {
    const header = 'relationship_id,from_id,to_id,type,status,valid_to,valid_to_basis,dates_note,quote_kind,source_id,quote,reported_on,stance,attribution_kind,attribution_name,attribution_entity,marks_end';
    const text = [
      header,
      'a-built-by-b,a,b,BUILT_BY,ENDED,2023,NOT_AFTER,By the article\'s date.,,s,A left B.,,,PARTY,the ministry,m,TRUE',
      'a-built-by-b,,,,,,,,EVIDENCE,s,B built A.,,,OUTLET,Bloomberg,,false',
      'a-built-by-b,,,,,,,,context,s,Carmakers do this.,2023-05,,,,,',
    ].join('\n');
    const batch = readCsvImport('r.csv', text);
    expect(batch.errors).toEqual([]);
    const [rel] = batch.relationships;
    expect(rel?.record).toEqual({
      id: 'a-built-by-b', from: 'a', to: 'b', type: 'BUILT_BY', status: 'ENDED', validTo: '2023', validToBasis: 'NOT_AFTER', datesNote: 'By the article\'s date.',
      evidence: [
        { source: 's', quote: 'A left B.', attribution: { kind: 'PARTY', name: 'the ministry', entity: 'm' }, marksEnd: true },
        { source: 's', quote: 'B built A.', attribution: { kind: 'OUTLET', name: 'Bloomberg' }, marksEnd: false },
      ],
      context: [{ source: 's', quote: 'Carmakers do this.', reportedOn: '2023-05' }],
    });
    expect(rel?.origin.locate('context[0].quote')).toEqual({ row: 'row 4', column: 'quote' });
    expect(rel?.origin.locate('evidence[1].attribution')).toEqual({ row: 'row 3', column: 'attribution_kind' });
    expect(rel?.origin.locate('evidence[0].attribution.entity')).toEqual({ row: 'row 2', column: 'attribution_entity' });
    expect(rel?.origin.locate('validToBasis')).toEqual({ row: 'row 2', column: 'valid_to_basis' });
  });

  it('reports a CONTEXT row that fills an evidence-only column, and a quote_kind it does not know', () => {
    const text = [
      'relationship_id,from_id,to_id,type,status,quote_kind,source_id,quote,stance,attribution_kind',
      'r,a,b,BUILT_BY,CONFIRMED,,s,A built B.,,ARTICLE',
      'r,,,,,CONTEXT,s,Background.,SUPPORTS,',
      'r,,,,,FOOTNOTE,s,Other.,,ARTICLE',
    ].join('\n');
    expect(readCsvImport('r.csv', text).errors).toEqual([
      { code: ErrorCode.BAD_USER_INPUT, file: 'r.csv', row: 'row 3', column: 'stance', message: expect.stringContaining('a CONTEXT row is a background sentence, not evidence') },
      { code: ErrorCode.BAD_USER_INPUT, file: 'r.csv', row: 'row 4', column: 'quote_kind', message: expect.stringContaining('"FOOTNOTE" is not a quote kind') },
    ]);
  });

  it('locates a relationship field at the row that gave it and an evidence field at its own row', () => {
    const [rel] = readCsvImport('r.csv', fixture('import-relationships.csv')).relationships;
    expect(rel?.origin.locate('status')).toEqual({ row: 'row 2', column: 'status' });
    expect(rel?.origin.locate('evidence[1].quote')).toEqual({ row: 'row 3', column: 'quote' });
    expect(rel?.origin.locate('evidence[1].reportedOn')).toEqual({ row: 'row 3', column: 'reported_on' });
    expect(rel?.origin.locate('from')).toEqual({ row: 'row 2', column: 'from_id' });
  });

  it('reports a later row that contradicts an earlier one for the same relationship', () => {
    const batch = readCsvImport('bad.csv', fixture('import-bad-relationships.csv'));
    expect(batch.errors).toEqual([{ code: ErrorCode.BAD_USER_INPUT, file: 'bad.csv', row: 'row 5', column: 'status', message: expect.stringContaining('differs from row 4') }]);
  });

  it('reports unknown and missing columns in the header before reading any row', () => {
    const batch = readCsvImport('x.csv', 'relationship_id,from_id,to_id,type,staus,source_id,quote\nr,a,b,BUILT_BY,CONFIRMED,s,q\n');
    expect(batch.relationships).toEqual([]);
    expect(batch.errors).toEqual([
      { code: ErrorCode.BAD_USER_INPUT, file: 'x.csv', row: 'row 1', column: 'staus', message: expect.stringContaining('unknown column') },
      { code: ErrorCode.BAD_USER_INPUT, file: 'x.csv', row: 'row 1', column: 'status', message: expect.stringContaining('missing') },
      { code: ErrorCode.BAD_USER_INPUT, file: 'x.csv', row: 'row 1', column: 'attribution_kind', message: expect.stringContaining('missing') },
    ]);
  });

  it('reports a row with more or fewer cells than the header', () => {
    const batch = readCsvImport('x.csv', 'id,name,kind\na,A,AUTOMAKER\nb,B\n');
    expect(batch.errors).toEqual([{ code: ErrorCode.BAD_USER_INPUT, file: 'x.csv', row: 'row 3', column: null, message: 'has 2 cells but the header has 3 columns' }]);
  });

  it('ignores blank rows a spreadsheet leaves at the end', () => {
    const batch = readCsvImport('x.csv', 'id,name,kind\r\na,A,AUTOMAKER\r\n,,\r\n\r\n');
    expect(batch.errors).toEqual([]);
    expect(batch.entities).toHaveLength(1);
  });

  it('refuses a file whose header names none of the three formats', () => {
    expect(readCsvImport('x.csv', 'foo,bar\n1,2\n').errors[0]?.message).toContain('cannot tell what this CSV holds');
  });

  it('reports a broken quote with its row', () => {
    expect(readCsvImport('x.csv', 'id,name,kind\na,"A,AUTOMAKER\n').errors).toEqual([
      { code: ErrorCode.BAD_USER_INPUT, file: 'x.csv', row: 'row 2', column: null, message: expect.stringContaining('never closed') },
    ]);
  });
});
