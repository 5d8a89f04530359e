// The export serialisers and query parameters on their own, from in-memory data (no database):
// the byte-level promises each format makes.
import { bufferChunks, collectText } from '../../server/export/chunks';
import { BOM, CSV_COLUMNS, csvExport, csvField } from '../../server/export/csv';
import { CSV_FORMATS } from '#vocabulary/records/import';
import { parseExportFilter } from '../../server/export/filter';
import { escapeXml } from '#vocabulary/exchange/xml';
import { graphmlExport } from '../../server/export/graphml';
import { jsonExport } from '../../server/export/json';
import type { ExportData, ExportEntity, ExportRelationship, ExportSource } from '../../server/export';

const nio: ExportEntity = { id: 'nio', name: 'NIO', kind: 'EV_STARTUP', country: 'CN', aliases: ['蔚来', 'NIO Inc'], description: 'EV maker, "NIO" & co <ltd>' };
const jac: ExportEntity = { id: 'jac', name: '江淮汽车', kind: 'AUTOMAKER', country: null, aliases: [], description: null };
const source: ExportSource = { id: 'src', title: 'A, "quoted" title', publisher: 'P', author: null, publishedOn: '2018-12-07', publishedOnBasis: 'STATED', publishedOnNote: null, url: null, text: 'Line one.\nLine two, with 蔚来.\nLine three.' };
const built: ExportRelationship = {
  id: 'nio-built-by-jac', type: 'BUILT_BY', from: 'nio', fromName: 'NIO', to: 'jac', toName: '江淮汽车', status: 'ENDED',
  validFrom: '2018', validTo: '2023-12', validFromBasis: 'STATED', validToBasis: 'NOT_AFTER', datesNote: 'Ended by the article, "at the latest"', role: null, note: null,
  evidence: [
    { source: 'src', sourceTitle: source.title, quote: 'Line one.', reportedOn: '2018-12-07', stance: 'SUPPORTS', attribution: { kind: 'ARTICLE', name: null, entity: null }, marksEnd: false },
    { source: 'src', sourceTitle: source.title, quote: 'Line two, with 蔚来.', reportedOn: '2018-12-07', stance: 'CONTRADICTS', attribution: { kind: 'OUTLET', name: 'Bloomberg', entity: null }, marksEnd: true },
  ],
  context: [{ source: 'src', sourceTitle: source.title, quote: 'Line three.', reportedOn: '2018-12-07' }],
};
const data = (): ExportData => ({ sources: () => [source], entities: () => [jac, nio].sort((a, b) => a.id.localeCompare(b.id)), relationships: () => [built] });

describe('export csv', () => {
  it('quotes only fields that need it, doubling inner quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
  });

  it('starts with a byte-order mark and writes one CRLF row per relationship and quote, Chinese intact', async () => {
    const text = await collectText(csvExport([built]));
    expect(text.startsWith(`${BOM}relationship_id,from_id,from_name,to_id,to_name,type,status,valid_from,valid_from_basis,valid_to,valid_to_basis,dates_note,`)).toBe(true);
    const lines = text.slice(1).split('\r\n');
    const link = 'nio-built-by-jac,nio,NIO,jac,江淮汽车,BUILT_BY,ENDED,2018,STATED,2023-12,NOT_AFTER,"Ended by the article, ""at the latest""",,';
    expect(lines).toEqual([
      expect.stringContaining('quote_kind,source_id,source_title,quote,reported_on,stance,attribution_kind,attribution_name,attribution_entity,marks_end'),
      `${link},EVIDENCE,src,"A, ""quoted"" title",Line one.,2018-12-07,SUPPORTS,ARTICLE,,,false`,
      `${link},EVIDENCE,src,"A, ""quoted"" title","Line two, with 蔚来.",2018-12-07,CONTRADICTS,OUTLET,Bloomberg,,true`,
      // A context sentence: its own row, with no stance, attribution or end mark (it is not evidence).
      `${link},CONTEXT,src,"A, ""quoted"" title",Line three.,2018-12-07,,,,,`,
      '',
    ]);
  });

  it('has exactly the import format\'s relationships columns, in its order, so the file imports again', async () => {
    const format = CSV_FORMATS.find((f) => f.kind === 'relationships');
    expect(CSV_COLUMNS).toEqual(Object.keys(format?.columns ?? {}));
    const [header] = (await collectText(csvExport([built]))).slice(1).split('\r\n');
    expect(header?.split(',')).toEqual(CSV_COLUMNS);
  });

  it('writes one row with empty quote cells for a link without quotes', async () => {
    const lines = (await collectText(csvExport([{ ...built, evidence: [], context: [] }]))).slice(1).split('\r\n');
    expect(lines[1]).toBe('nio-built-by-jac,nio,NIO,jac,江淮汽车,BUILT_BY,ENDED,2018,STATED,2023-12,NOT_AFTER,"Ended by the article, ""at the latest""",,,,,,,,,,,,');
  });
});

describe('export graphml', () => {
  it('escapes markup characters and drops control characters XML cannot hold', () => {
    expect(escapeXml('a & b < c > "d" \u0001e')).toBe('a &amp; b &lt; c &gt; &quot;d&quot; e');
  });

  it('declares typed keys, then nodes, then edges, leaving out attributes that are unknown', async () => {
    const xml = await collectText(graphmlExport(data()));
    expect(xml).toContain('<key id="e_evidenceCount" for="edge" attr.name="evidenceCount" attr.type="int"/>');
    expect(xml).toContain('<key id="e_contradicted" for="edge" attr.name="contradicted" attr.type="boolean"/>');
    expect(xml.indexOf('<node id="jac">')).toBeLessThan(xml.indexOf('<node id="nio">'));
    expect(xml.indexOf('<node id="nio">')).toBeLessThan(xml.indexOf('<edge id="nio-built-by-jac" source="nio" target="jac">'));
    expect(xml).toContain('<data key="n_description">EV maker, &quot;NIO&quot; &amp; co &lt;ltd&gt;</data>');
    expect(xml).toContain('<data key="n_aliases">蔚来 | NIO Inc</data>');
    expect(xml).toContain('<data key="e_evidenceCount">2</data>');
    expect(xml).toContain('<data key="e_contradicted">true</data>');
    expect(xml).toContain('<data key="e_sources">A, &quot;quoted&quot; title</data>');
    expect(xml).toContain('<key id="e_attributions" for="edge" attr.name="attributions" attr.type="string"/>');
    expect(xml).toContain('<data key="e_validFromBasis">STATED</data>');
    expect(xml).toContain('<data key="e_validToBasis">NOT_AFTER</data>');
    expect(xml).toContain('<data key="e_datesNote">Ended by the article, &quot;at the latest&quot;</data>');
    expect(xml).toContain('<data key="e_stances">SUPPORTS | CONTRADICTS</data>');
    expect(xml).toContain('<data key="e_attributions">ARTICLE | OUTLET: Bloomberg</data>');
    expect(xml).toContain('<data key="e_attributionKinds">ARTICLE | OUTLET</data>');
    const jacNode = xml.slice(xml.indexOf('<node id="jac">'), xml.indexOf('</node>'));
    expect(jacNode).not.toContain('n_country');
    expect(jacNode).toContain('<y:NodeLabel>江淮汽车</y:NodeLabel>');
    expect(xml.trimEnd().endsWith('</graphml>')).toBe(true);
  });
});

describe('export json', () => {
  it('writes the importer format with every field, display names left out, and the same bytes every time', async () => {
    const first = await collectText(jsonExport(data()));
    expect(await collectText(jsonExport(data()))).toBe(first);
    const parsed = JSON.parse(first) as Record<string, Record<string, unknown>[]>;
    expect(Object.keys(parsed)).toEqual(['sources', 'entities', 'relationships']);
    expect(parsed.entities?.map((e) => e.id)).toEqual(['jac', 'nio']);
    expect(parsed.entities?.[0]).toEqual({ id: 'jac', name: '江淮汽车', kind: 'AUTOMAKER', country: null, aliases: [], description: null });
    expect(parsed.relationships?.[0]).toEqual({
      id: 'nio-built-by-jac', type: 'BUILT_BY', from: 'nio', to: 'jac', status: 'ENDED', validFrom: '2018', validTo: '2023-12', role: null, note: null,
      validFromBasis: 'STATED', validToBasis: 'NOT_AFTER', datesNote: 'Ended by the article, "at the latest"',
      evidence: built.evidence.map(({ source: s, quote, reportedOn, stance, attribution, marksEnd }) => ({ source: s, quote, reportedOn, stance, attribution, marksEnd })),
      context: [{ source: 'src', quote: 'Line three.', reportedOn: '2018-12-07' }],
    });
    // Key order is part of the byte-identical promise: the seed's own order, bases right after their dates.
    expect(Object.keys(parsed.relationships?.[0] ?? {})).toEqual([
      'id', 'type', 'from', 'to', 'status', 'validFrom', 'validFromBasis', 'validTo', 'validToBasis', 'datesNote', 'role', 'note', 'evidence', 'context',
    ]);
    expect(parsed.sources?.[0]).toMatchObject({ publishedOn: '2018-12-07', publishedOnBasis: 'STATED', url: null });
    expect(parsed.sources?.[0]?.text).toBe(source.text);
  });

  it('writes empty lists as valid JSON', async () => {
    const text = await collectText(jsonExport({ sources: () => [], entities: () => [], relationships: () => [] }));
    expect(JSON.parse(text)).toEqual({ sources: [], entities: [], relationships: [] });
  });
});

describe('export chunks', () => {
  it('joins small chunks into ones of at least the given size without losing any', async () => {
    async function* parts(): AsyncGenerator<string> {
      for (let i = 0; i < 10; i += 1) yield 'abc';
    }
    const chunks: string[] = [];
    for await (const c of bufferChunks(parts(), 7)) chunks.push(c);
    expect(chunks).toEqual(['abcabcabc', 'abcabcabc', 'abcabcabc', 'abc']);
  });
});

describe('export filter', () => {
  const parse = (query: string): ReturnType<typeof parseExportFilter> => parseExportFilter(new URLSearchParams(query));

  it('reads comma-separated and repeated lists, and partial dates as whole periods', () => {
    expect(parse('types=BUILT_BY,ACQUIRED&types=BUILT_BY&statuses=ENDED&kinds=EV_STARTUP&from=2018&to=2023-02')).toEqual({
      ok: true,
      filter: { types: ['BUILT_BY', 'ACQUIRED'], statuses: ['ENDED'], kinds: ['EV_STARTUP'], asOf: null, from: '2018-01-01', to: '2023-02-28' },
    });
    expect(parse('')).toEqual({ ok: true, filter: { types: null, statuses: null, kinds: null, asOf: null, from: null, to: null } });
  });

  it.each([
    ['types=BUILDS', 'types', '"BUILDS" is not a relation type'],
    ['statuses=confirmed', 'statuses', 'is not a status'],
    ['kinds=CAR', 'kinds', 'is not an entity kind'],
    ['asOf=2020', 'asOf', '"asOf" must be a full date YYYY-MM-DD (got "2020")'],
    ['from=2020-13', 'from', '"from" must be a date: YYYY, YYYY-MM or YYYY-MM-DD (got "2020-13")'],
    ['from=2021&to=2020', 'from', '"from" must not be after "to"'],
    ['type=BUILT_BY', 'type', 'unknown parameter'],
    ['asOf=2020-01-01&asOf=2021-01-01', 'asOf', 'give it once'],
  ])('refuses %s, naming the argument', (query, argument, message) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(result.error.message).toContain(message);
  });
});
