/** Graph storage: reading extraction files, the Neo4j schema and loader. */
export { factId, parseGraphLine, readGraphFile, scanGraphFile, NODE_LABELS, type BadLine } from './graph-file.js';
export { connectNeo4j, Neo4jUnavailableError, type Neo4jSettings } from './neo4j/connection.js';
export { ensureSchema, NAME_INDEX, SCHEMA_STATEMENTS } from './neo4j/schema.js';
export { loadGraphFile, type LoadOptions, type LoadProgress, type LoadSummary } from './neo4j/loader.js';
export { syntheticGraph, type SyntheticOptions } from './synthetic-graph.js';
export type * from './graph-store.js';
export { EmbeddedStore } from './embedded/embedded-store.js';
export { Neo4jStore } from './neo4j/neo4j-store.js';
export * as answers from './queries/answers.js';
export { CypherRefused, planRefusal, textRefusal, type CypherLimits, type CypherResult, type PlanNode } from './neo4j/read-only-cypher.js';
