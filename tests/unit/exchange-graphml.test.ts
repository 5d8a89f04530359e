// The one GraphML writer (vocabulary/exchange), which the server's export and the page's both use.
import { graphmlEdge, graphmlNode, toGraphML } from '#vocabulary/exchange/graphml';
import { escapeXml, escapeXmlAttribute } from '#vocabulary/exchange/xml';
import { collectText } from '../../server/export/chunks';
import { graphmlExport } from '../../server/export/graphml';
import type { ExportEntity, ExportRelationship } from '../../server/export';
import { entity, link } from './client-fixtures';

describe('xml escaping', () => {
  it('keeps tab, line breaks and carriage returns in attribute values as references, which parsers would turn into spaces', () => {
    expect(escapeXmlAttribute('a\tb\nc\rd "e" <f> & \'g\'')).toBe('a&#9;b&#10;c&#13;d &quot;e&quot; &lt;f&gt; &amp; &apos;g&apos;');
    expect(escapeXml('line one\nline\ttwo\r\n')).toBe('line one\nline\ttwo&#13;\n');
  });

  it('drops lone surrogates and U+FFFE/U+FFFF but keeps surrogate pairs and Chinese', () => {
    expect(escapeXml('蔚来 🚗 \uD800x\uDC00y\uFFFEz\uFFFF')).toBe('蔚来 🚗 xyz');
  });
});

describe('graphml writer', () => {
  const nio: ExportEntity = { id: 'nio', name: 'NIO', kind: 'EV_STARTUP', country: 'CN', aliases: ['蔚来'], description: 'EV maker' };
  const built: ExportRelationship = {
    id: 'nio-built-by-jac', type: 'BUILT_BY', from: 'nio', fromName: 'NIO', to: 'jac', toName: 'JAC', status: 'ENDED',
    validFrom: '2018', validTo: '2023-12', validFromBasis: 'STATED', validToBasis: 'INFERRED', datesNote: 'The end is inferred.', role: null, note: null,
    evidence: [{ source: 'src', sourceTitle: 'Title', quote: 'Nio used JAC.', reportedOn: null, stance: 'SUPPORTS', attribution: { kind: 'OUTLET', name: 'Reuters', entity: null }, marksEnd: false }],
    context: [],
  };

  it('writes a page entity exactly as the server writes the same entity', async () => {
    const pageNode = graphmlNode(entity('nio', { name: 'NIO', kind: 'EV_STARTUP', aliases: ['蔚来'], description: 'EV maker', degree: 5 }));
    const server = await collectText(graphmlExport({ sources: () => [], entities: () => [nio], relationships: () => [] }));
    expect(server).toContain(pageNode);
    expect(pageNode).toContain('<data key="n_type">Company</data>');
  });

  it('writes the evidence attributes only for a link whose quotes it was given', () => {
    const withQuotes = graphmlEdge(built);
    expect(withQuotes).toContain('<data key="e_evidenceCount">1</data>');
    expect(withQuotes).toContain('<data key="e_contradicted">false</data>');
    expect(withQuotes).toContain('<data key="e_sourceIds">src</data>');
    expect(withQuotes).toContain('<data key="e_attributions">OUTLET: Reuters</data>');
    expect(withQuotes).toContain('<data key="e_validToBasis">INFERRED</data>');
    expect(withQuotes).toContain('<data key="e_datesNote">The end is inferred.</data>');
    expect(graphmlEdge({ ...built, evidence: [] })).toContain('<data key="e_evidenceCount">0</data>');
    const page = graphmlEdge(link('nio-built-by-jac', 'nio', 'jac', { status: 'ENDED', validFrom: '2018', validTo: '2023-12' }));
    expect(page).not.toMatch(/e_evidenceCount|e_contradicted|e_quotes|e_sources|e_stances|e_attributions/);
    expect(page).toContain('<data key="e_label">is built by</data>');
    expect(page).toContain('<data key="e_validTo">2023-12</data>');
  });

  it('pairs each quote with its source title and address, and lists the distinct addresses', () => {
    const ev = built.evidence[0] as ExportRelationship['evidence'][number];
    const two: ExportRelationship = {
      ...built,
      evidence: [
        { ...ev, sourceUrl: 'https://example.com/a?x=1&y=2' },
        { ...ev, source: 'other', sourceTitle: 'Other', quote: 'JAC built it.', sourceUrl: null },
        { ...ev, quote: 'Again.', sourceUrl: 'https://example.com/a?x=1&y=2' },
      ],
    };
    const xml = graphmlEdge(two);
    expect(xml).toContain('<data key="e_quoteSources">Title | Other | Title</data>');
    expect(xml).toContain('<data key="e_quoteUrls">https://example.com/a?x=1&amp;y=2 |  | https://example.com/a?x=1&amp;y=2</data>');
    expect(xml).toContain('<data key="e_sourceUrls">https://example.com/a?x=1&amp;y=2</data>');
    // No address known for any quote: no empty list pretending to be one.
    expect(graphmlEdge(built)).not.toMatch(/e_quoteUrls|e_sourceUrls/);
    expect(toGraphML({ nodes: [], edges: [] })).toContain('<key id="e_quoteUrls" for="edge" attr.name="quoteUrls" attr.type="string"/>');
  });

  it('escapes ids in attributes and leaves out empty attributes', () => {
    const xml = toGraphML({ nodes: [entity('a"b\nc', { description: '', country: null })], edges: [] });
    expect(xml).toContain('<node id="a&quot;b&#10;c">');
    expect(xml).not.toMatch(/n_description">|n_country">|n_aliases">/);
    expect(xml.trimEnd().endsWith('</graphml>')).toBe(true);
  });
});
