// JSON of the visible subgraph, with the view settings that produced it so the file explains itself.
import type { EntityData, Filters, RelationshipData } from '../model/types';

export interface GraphExport {
  readonly format: 'linkage-subgraph';
  readonly version: 1;
  readonly exportedAt: string;
  readonly asOf: string | null;
  readonly filters: Filters;
  readonly nodes: readonly EntityData[];
  readonly edges: readonly RelationshipData[];
}

export function toJsonExport(
  graph: { nodes: readonly EntityData[]; edges: readonly RelationshipData[] },
  view: { asOf: string | null; filters: Filters },
  now: Date = new Date(),
): string {
  const body: GraphExport = {
    format: 'linkage-subgraph',
    version: 1,
    exportedAt: now.toISOString(),
    asOf: view.asOf,
    filters: view.filters,
    nodes: graph.nodes,
    edges: graph.edges,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
