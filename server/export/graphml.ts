// GraphML export of the whole graph or a filtered part, streamed: the shared writer
// (vocabulary/exchange/graphml.ts, which the page uses too) one record at a time, never the whole file.
import { GRAPHML_FOOTER, graphmlEdge, graphmlHeader, graphmlNode } from '#vocabulary/exchange/graphml';
import type { ExportData } from './types';

/** Nodes first, then edges, as Gephi and yEd expect; relationships carry their quotes, so every edge has its evidence attributes. */
export async function* graphmlExport(data: ExportData): AsyncGenerator<string> {
  yield graphmlHeader();
  for await (const e of data.entities()) yield graphmlNode(e);
  for await (const r of data.relationships()) yield graphmlEdge(r);
  yield GRAPHML_FOOTER;
}
