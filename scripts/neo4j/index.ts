// Linkage's own Neo4j: builds the Maven module in neo4j/ when needed, starts Neo4j Community embedded
// (linkage.Neo4jRunner) with plain `java`, waits until Bolt accepts a login, and stops it again;
// supervise.ts restarts it when it dies under `npm start`.
// Nothing here is needed when NEO4J_URI points at an existing Neo4j.

export { startLocalNeo4j } from './launch';
export { defaultBackoff, superviseLocalNeo4j, SupervisedNeo4j } from './supervise';
export type { SupervisionEvents, SupervisionLog, SupervisionOptions } from './supervise';
export { waitForBolt } from './bolt';
export { stopAllLocalNeo4j } from './exit-cleanup';
export { NEO4J_VERSION } from './runner-contract';
export type { LocalNeo4j, LocalNeo4jOptions } from './options';
