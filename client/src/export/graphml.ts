// GraphML of the visible subgraph, readable by Gephi, yEd and NetworkX.
import type { EntityData, RelationshipData } from '../model/types';

const NODE_KEYS = ['name', 'aliases', 'type', 'kind', 'country', 'description'] as const;
const EDGE_KEYS = ['relType', 'label', 'status', 'validFrom', 'validTo', 'role', 'note'] as const;

// Control characters (other than tab and newlines) are not allowed in XML 1.0 at all.
const allowedInXml = (ch: string): boolean => {
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
};

export function escapeXml(text: string): string {
  return [...text]
    .filter(allowedInXml)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const data = (key: string, value: string | null | undefined): string =>
  value === null || value === undefined || value === '' ? '' : `\n      <data key="${key}">${escapeXml(value)}</data>`;

export function toGraphML(graph: { nodes: readonly EntityData[]; edges: readonly RelationshipData[] }): string {
  const keys = [
    ...NODE_KEYS.map((k) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...EDGE_KEYS.map((k) => `  <key id="${k}" for="edge" attr.name="${k === 'relType' ? 'type' : k}" attr.type="string"/>`),
  ];
  const nodes = graph.nodes.map(
    (n) =>
      `    <node id="${escapeXml(n.id)}">${data('name', n.name)}${data('aliases', n.aliases.join(' | '))}${data('type', n.type)}` +
      `${data('kind', n.kind)}${data('country', n.country)}${data('description', n.description)}\n    </node>`,
  );
  const edges = graph.edges.map(
    (e) =>
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.from)}" target="${escapeXml(e.to)}">${data('relType', e.type)}` +
      `${data('label', e.label)}${data('status', e.status)}${data('validFrom', e.validFrom)}${data('validTo', e.validTo)}` +
      `${data('role', e.role)}${data('note', e.note)}\n    </edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="linkage" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
