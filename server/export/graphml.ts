// GraphML export for Gephi and yEd. Node and edge attributes are declared with <key> elements and
// typed (string, int, boolean) so that both programs can size, colour and filter by them; Gephi
// takes the "label" attribute as the caption, yEd reads its own graphics elements (y:ShapeNode,
// y:PolyLineEdge), which other readers ignore. Lists are joined with " | ".
import { ENTITY_KINDS, RELATION_TYPES } from '#vocabulary';
import type { EntityType } from '#vocabulary';
import type { ExportData, ExportEntity, ExportRelationship } from './types';

export const JOIN = ' | ';

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
  { id: 'e_role', name: 'role', type: 'string' },
  { id: 'e_note', name: 'note', type: 'string' },
  { id: 'e_evidenceCount', name: 'evidenceCount', type: 'int' },
  { id: 'e_contradicted', name: 'contradicted', type: 'boolean' },
  { id: 'e_quotes', name: 'quotes', type: 'string' },
  { id: 'e_sources', name: 'sources', type: 'string' },
  { id: 'e_sourceIds', name: 'sourceIds', type: 'string' },
];

const TYPE_COLOURS: Record<EntityType, string> = {
  Company: '#8FB8DE', Plant: '#C9B37E', Agency: '#E39B8F', Person: '#B5D99C', Policy: '#D3B5E5', Organisation: '#F2D492',
};

/** Escapes text for XML content and attribute values, dropping characters XML 1.0 cannot hold. */
export function xmlEscape(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- XML 1.0 cannot hold these characters at all, not even escaped
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const data = (key: string, value: string | number | boolean | null): string =>
  value === null ? '' : `      <data key="${key}">${xmlEscape(String(value))}</data>\n`;

function header(): string {
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

function node(e: ExportEntity): string {
  const type = ENTITY_KINDS[e.kind];
  const width = Math.max(60, Math.min(260, 8 * [...e.name].length + 20));
  const yed = `<y:ShapeNode><y:Geometry height="30.0" width="${width}.0"/><y:Fill color="${TYPE_COLOURS[type]}"/>` +
    `<y:Shape type="${type === 'Company' ? 'roundrectangle' : 'ellipse'}"/><y:NodeLabel>${xmlEscape(e.name)}</y:NodeLabel></y:ShapeNode>`;
  return [
    `    <node id="${xmlEscape(e.id)}">\n`,
    data('n_label', e.name),
    data('n_aliases', e.aliases.length > 0 ? e.aliases.join(JOIN) : null),
    data('n_type', type),
    data('n_kind', e.kind),
    data('n_country', e.country),
    data('n_description', e.description),
    `      <data key="n_yed">${yed}</data>\n`,
    '    </node>\n',
  ].join('');
}

function edge(r: ExportRelationship): string {
  const label = RELATION_TYPES[r.type].label;
  const tentative = r.status === 'REPORTED' || r.status === 'RUMOURED';
  const yed = `<y:PolyLineEdge><y:LineStyle color="#555555" type="${tentative ? 'dashed' : 'line'}" width="1.0"/>` +
    `<y:Arrows source="none" target="standard"/><y:EdgeLabel>${xmlEscape(label)}</y:EdgeLabel></y:PolyLineEdge>`;
  const sourceIds = [...new Set(r.evidence.map((ev) => ev.source))];
  const titles = [...new Set(r.evidence.map((ev) => ev.sourceTitle))];
  return [
    `    <edge id="${xmlEscape(r.id)}" source="${xmlEscape(r.from)}" target="${xmlEscape(r.to)}">\n`,
    data('e_label', label),
    data('e_id', r.id),
    data('e_type', r.type),
    data('e_status', r.status),
    data('e_validFrom', r.validFrom),
    data('e_validTo', r.validTo),
    data('e_role', r.role),
    data('e_note', r.note),
    data('e_evidenceCount', r.evidence.length),
    data('e_contradicted', r.evidence.some((ev) => ev.stance === 'CONTRADICTS')),
    data('e_quotes', r.evidence.length > 0 ? r.evidence.map((ev) => ev.quote).join(JOIN) : null),
    data('e_sources', titles.length > 0 ? titles.join(JOIN) : null),
    data('e_sourceIds', sourceIds.length > 0 ? sourceIds.join(JOIN) : null),
    `      <data key="e_yed">${yed}</data>\n`,
    '    </edge>\n',
  ].join('');
}

/** Nodes first, then edges, as Gephi and yEd expect. */
export async function* graphmlExport(data: ExportData): AsyncGenerator<string> {
  yield header();
  for await (const e of data.entities()) yield node(e);
  for await (const r of data.relationships()) yield edge(r);
  yield '  </graph>\n</graphml>\n';
}
