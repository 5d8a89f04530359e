// The graph behind intake: the Gazetteer the API and the CLI hand the extractor.
export { createGraphGazetteer, MATCHES_PER_SURFACE } from './graph-gazetteer';
