/**
 * Configuration
 * =============
 * Every setting the tools read from the environment, in one place, with its default. Nothing else
 * reads process.env.
 */
import type { Neo4jSettings } from '@vnkg/store';

export interface Config {
  /** Set when NEO4J_URI is; null means the embedded store. */
  neo4j: Neo4jSettings | null;
  /** Records per write transaction when loading into Neo4j. */
  batchSize: number;
  port: number;
  /** Address the API listens on: loopback unless told otherwise (HOST=0.0.0.0 for every interface). */
  host: string;
  corpusDir: string;
  dataDir: string;
  /** A researcher's identity decisions (which mentions of a name are one person), read by every extraction. */
  identityFile: string | null;
  /** Longest wait for the graph store in an API request before answering 503. */
  storeTimeoutMs: number;
  /** Browser origins allowed to call the API: '*', a list, or none (same origin only). */
  corsOrigins: '*' | string[] | undefined;
}

function positiveInteger(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${JSON.stringify(raw)}`);
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    neo4j: env.NEO4J_URI
      ? {
          uri: env.NEO4J_URI,
          user: env.NEO4J_USER || 'neo4j',
          password: env.NEO4J_PASSWORD ?? '',
          database: env.NEO4J_DATABASE || 'neo4j',
        }
      : null,
    batchSize: positiveInteger('KG_BATCH_SIZE', env.KG_BATCH_SIZE, 5000),
    port: positiveInteger('PORT', env.PORT, 8080),
    host: env.HOST || '127.0.0.1',
    storeTimeoutMs: positiveInteger('STORE_TIMEOUT_MS', env.STORE_TIMEOUT_MS, 20_000),
    corpusDir: env.CORPUS_DIR || 'seeds',
    dataDir: env.DATA_DIR || 'data',
    identityFile: env.KG_IDENTITY || null,
    corsOrigins: !env.CORS_ORIGINS ? undefined : env.CORS_ORIGINS === '*' ? '*' : env.CORS_ORIGINS.split(',').map((origin) => origin.trim()),
  };
}
