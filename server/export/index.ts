// File exports (GraphML, CSV, JSON) of the whole graph or a filtered part; see docs/exports.md.
export { mountExportRoutes, EXPORT_FORMATS } from './routes';
export { readExportData, relationshipsByRefs } from './reader';
export { parseExportFilter } from './filter';
export { graphmlExport } from './graphml';
export { csvExport, CSV_COLUMNS } from './csv';
export { jsonExport, seedEntity, seedRelationship, seedSource } from './json';
export { collectText } from './chunks';
export { NO_FILTER } from './types';
export type { ExportData, ExportEntity, ExportEvidence, ExportFilter, ExportRelationship, ExportSource } from './types';
