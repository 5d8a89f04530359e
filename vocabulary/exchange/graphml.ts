// The one GraphML writer, for Gephi, yEd, Cytoscape and networkx: the server's /export/graph.graphml
// (streamed, server/export/graphml.ts) and the page's export of the visible subgraph
// (client/src/export/graphml.ts) both write with it, so the two files have the same keys.
//
// Node and edge attributes are declared with <key> elements and typed (string, int, boolean) so that
// Gephi and yEd can size, colour and filter by them; Gephi takes the "label" attribute as the
// caption, yEd reads its own graphics elements (y:ShapeNode, y:PolyLineEdge), which other readers
// ignore. Lists are joined with " | ". An attribute that is not known is left out, not written empty.
// Pure string building with no Node or DOM imports, so it runs in the browser and in Node.
import { ENTITY_KINDS, RELATION_TYPES } from '#vocabulary';
import type { AttributionKind, DateBasis, EntityKind, EntityType, RelationType, Stance, Status } from '#vocabulary';
import { escapeXml, escapeXmlAttribute } from './xml';

export const GRAPHML_LIST_SEPARATOR = ' | ';

/** An entity as the writer needs it; the server's export records and the page's entities both fit. */
export interface GraphmlNode {
  readonly id: string;
  readonly name: string;
  readonly kind: EntityKind;
  readonly aliases: readonly string[];
  readonly country: string | null;
  readonly description: string | null;
}

export interface GraphmlEvidence {
  /** The source's id. */
  readonly source: string;
  readonly sourceTitle: string;
  /** The article's address; undefined where the writer does not have it, null when none is known. */
  readonly sourceUrl?: string | null;
  readonly quote: string;
  readonly stance: Stance;
  /** Who asserts the quote: its kind, and the wording that names the speaker when there is one. */
  readonly attribution: { readonly kind: AttributionKind; readonly name: string | null };
}

export interface GraphmlEdge {
  readonly id: string;
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly status: Status;
  readonly validFrom: string | null;
  readonly validTo: string | null;
  /** How each date is known; left out (undefined or null) by a writer that does not have them, or when the date is open. */
  readonly validFromBasis?: DateBasis | null;
  readonly validToBasis?: DateBasis | null;
  readonly datesNote?: string | null;
  readonly role: string | null;
  readonly note: string | null;
  /**
   * The link's quotes. Left undefined by a writer that does not have them (the page fetches quotes
   * only for the link being inspected); the evidence attributes are then left out rather than
   * claiming a link has none.
   */
  readonly evidence?: readonly GraphmlEvidence[];
}

type AttrType = 'string' | 'int' | 'boolean';
interface Key { id: string; name: string; type: AttrType }

const NODE_KEYS: readonly Key[] = [
  { id: 'n_label', name: 'label', type: 'string' },
  { id: 'n_aliases', name: 'aliases', type: 'string' },
  { id: 'n_type', name: 'type', type: 'string' },
  { id: 'n_kind', name: 'kind', type: 'string' },
  { id: 'n_country', name: 'country', type: 'string' },
  { id: 'n_description', name: 'description', type: 'string' },
];

const EDGE_KEYS: readonly Key[] = [
  { id: 'e_label', name: 'label', type: 'string' },
  { id: 'e_id', name: 'id', type: 'string' },
  { id: 'e_type', name: 'type', type: 'string' },
  { id: 'e_status', name: 'status', type: 'string' },
  { id: 'e_validFrom', name: 'validFrom', type: 'string' },
  { id: 'e_validTo', name: 'validTo', type: 'string' },
  { id: 'e_validFromBasis', name: 'validFromBasis', type: 'string' },
  { id: 'e_validToBasis', name: 'validToBasis', type: 'string' },
  { id: 'e_datesNote', name: 'datesNote', type: 'string' },
  { id: 'e_role', name: 'role', type: 'string' },
  { id: 'e_note', name: 'note', type: 'string' },
  { id: 'e_evidenceCount', name: 'evidenceCount', type: 'int' },
  { id: 'e_contradicted', name: 'contradicted', type: 'boolean' },
  { id: 'e_quotes', name: 'quotes', type: 'string' },
  { id: 'e_stances', name: 'stances', type: 'string' },
  { id: 'e_attributions', name: 'attributions', type: 'string' },
  { id: 'e_attributionKinds', name: 'attributionKinds', type: 'string' },
  { id: 'e_sources', name: 'sources', type: 'string' },
  { id: 'e_sourceIds', name: 'sourceIds', type: 'string' },
  { id: 'e_quoteSources', name: 'quoteSources', type: 'string' },
  { id: 'e_quoteUrls', name: 'quoteUrls', type: 'string' },
  { id: 'e_sourceUrls', name: 'sourceUrls', type: 'string' },
];

const TYPE_COLOURS: Record<EntityType, string> = {
  Company: '#8FB8DE', Plant: '#C9B37E', Agency: '#E39B8F', Person: '#B5D99C', Policy: '#D3B5E5', Organisation: '#F2D492',
};

const list = (items: readonly string[]): string | null => (items.length > 0 ? items.join(GRAPHML_LIST_SEPARATOR) : null);

const data = (key: string, value: string | number | boolean | null | undefined): string =>
  value === null || value === undefined || value === '' ? '' : `      <data key="${key}">${escapeXml(String(value))}</data>\n`;

/** The XML declaration, the key declarations and the opening of the one directed graph. */
export function graphmlHeader(): string {
  const keyLine = (k: Key, target: 'node' | 'edge'): string =>
    `  <key id="${k.id}" for="${target}" attr.name="${k.name}" attr.type="${k.type}"/>\n`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    ' xmlns:y="http://www.yworks.com/xml/graphml"',
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">\n',
    ...NODE_KEYS.map((k) => keyLine(k, 'node')),
    ...EDGE_KEYS.map((k) => keyLine(k, 'edge')),
    '  <key id="n_yed" for="node" yfiles.type="nodegraphics"/>\n',
    '  <key id="e_yed" for="edge" yfiles.type="edgegraphics"/>\n',
    '  <graph id="linkage" edgedefault="directed">\n',
  ].join('');
}

export const GRAPHML_FOOTER = '  </graph>\n</graphml>\n';

export function graphmlNode(e: GraphmlNode): string {
  const type = ENTITY_KINDS[e.kind];
  const width = Math.max(60, Math.min(260, 8 * [...e.name].length + 20));
  const yed = `<y:ShapeNode><y:Geometry height="30.0" width="${width}.0"/><y:Fill color="${TYPE_COLOURS[type]}"/>` +
    `<y:Shape type="${type === 'Company' ? 'roundrectangle' : 'ellipse'}"/><y:NodeLabel>${escapeXml(e.name)}</y:NodeLabel></y:ShapeNode>`;
  return [
    `    <node id="${escapeXmlAttribute(e.id)}">\n`,
    data('n_label', e.name),
    data('n_aliases', list(e.aliases)),
    data('n_type', type),
    data('n_kind', e.kind),
    data('n_country', e.country),
    data('n_description', e.description),
    `      <data key="n_yed">${yed}</data>\n`,
    '    </node>\n',
  ].join('');
}

/** "OUTLET: Bloomberg", or the kind alone when the speaker is not named (the article's own voice). */
export const attributionText = (a: GraphmlEvidence['attribution']): string => (a.name ? `${a.kind}: ${a.name}` : a.kind);

// quotes, stances, attributions, quoteSources and quoteUrls are parallel lists (the n-th of each is
// the n-th quote's, a quote whose source has no known address has an empty entry), so a reader can
// pair them up; attributionKinds is the set of kinds, for a filter or partition in Gephi, and
// sourceUrls the distinct addresses, for a column a reader can click through.
function evidenceData(evidence: readonly GraphmlEvidence[] | undefined): string[] {
  if (evidence === undefined) return [];
  const urls = evidence.map((ev) => ev.sourceUrl ?? '');
  const anyUrl = urls.some((u) => u !== '');
  return [
    data('e_evidenceCount', evidence.length),
    data('e_contradicted', evidence.some((ev) => ev.stance === 'CONTRADICTS')),
    data('e_quotes', list(evidence.map((ev) => ev.quote))),
    data('e_stances', list(evidence.map((ev) => ev.stance))),
    data('e_attributions', list(evidence.map((ev) => attributionText(ev.attribution)))),
    data('e_attributionKinds', list([...new Set(evidence.map((ev) => ev.attribution.kind))])),
    data('e_sources', list([...new Set(evidence.map((ev) => ev.sourceTitle))])),
    data('e_sourceIds', list([...new Set(evidence.map((ev) => ev.source))])),
    data('e_quoteSources', list(evidence.map((ev) => ev.sourceTitle))),
    data('e_quoteUrls', anyUrl ? list(urls) : null),
    data('e_sourceUrls', list([...new Set(urls.filter((u) => u !== ''))])),
  ];
}

export function graphmlEdge(r: GraphmlEdge): string {
  const label = RELATION_TYPES[r.type].label;
  const tentative = r.status === 'REPORTED' || r.status === 'RUMOURED';
  const yed = `<y:PolyLineEdge><y:LineStyle color="#555555" type="${tentative ? 'dashed' : 'line'}" width="1.0"/>` +
    `<y:Arrows source="none" target="standard"/><y:EdgeLabel>${escapeXml(label)}</y:EdgeLabel></y:PolyLineEdge>`;
  return [
    `    <edge id="${escapeXmlAttribute(r.id)}" source="${escapeXmlAttribute(r.from)}" target="${escapeXmlAttribute(r.to)}">\n`,
    data('e_label', label),
    data('e_id', r.id),
    data('e_type', r.type),
    data('e_status', r.status),
    data('e_validFrom', r.validFrom),
    data('e_validTo', r.validTo),
    data('e_validFromBasis', r.validFromBasis),
    data('e_validToBasis', r.validToBasis),
    data('e_datesNote', r.datesNote),
    data('e_role', r.role),
    data('e_note', r.note),
    ...evidenceData(r.evidence),
    `      <data key="e_yed">${yed}</data>\n`,
    '    </edge>\n',
  ].join('');
}

/** A whole graph held in memory (the page's visible subgraph): nodes first, then edges, as Gephi and yEd expect. */
export function toGraphML(graph: { readonly nodes: readonly GraphmlNode[]; readonly edges: readonly GraphmlEdge[] }): string {
  return [graphmlHeader(), ...graph.nodes.map(graphmlNode), ...graph.edges.map(graphmlEdge), GRAPHML_FOOTER].join('');
}
