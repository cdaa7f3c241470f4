/**
 * kg serve --graph graph.jsonl [--port N]: the graph API (and the built viewer) over an extraction,
 * in the embedded store; without --graph and with NEO4J_URI set, over that Neo4j database as it is
 * (loaded by kg ingest/kg load from any number of folders). Also the serving half of `kg start`.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { createApp } from '@vnkg/graph-api';
import { connectNeo4j, EmbeddedStore, Neo4jStore, Neo4jUnavailableError, type GraphStore, type Neo4jSettings } from '@vnkg/store';

import { readConfig, type Config } from '../config.js';

export const SERVE_USAGE = `usage: kg serve --graph graph.jsonl [--port N]
       NEO4J_URI=bolt://… kg serve [--port N]
  Serves the graph API (/api, see /api/openapi.json) and the viewer over an extraction, in the
  embedded store, or, without --graph and with NEO4J_URI set, over that Neo4j database as loaded
  (kg ingest / kg load). PORT (default 8080), HOST (default 127.0.0.1), CORS_ORIGINS ('*' or a comma list).`;

const VIEWER_DIR = join(import.meta.dirname, '..', '..', '..', 'viewer', 'dist');

/** Listen until SIGINT/SIGTERM, then close the server and the store. */
export async function serveStore(store: GraphStore, { port, host, corsOrigins, storeTimeoutMs }: Pick<Config, 'port' | 'host' | 'corsOrigins' | 'storeTimeoutMs'>): Promise<number> {
  const app = createApp({ store, corsOrigins, viewerDir: VIEWER_DIR, storeTimeoutMs });
  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const listening = app.listen(port, host, () => resolve(listening)).on('error', reject);
    });
  } catch (error) {
    process.stderr.write(`kg: cannot listen on ${host}:${port}: ${(error as Error).message}\n`);
    return 1;
  }
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  process.stderr.write(`serving http://${shown}:${port} (API at /api, OpenAPI at /api/openapi.json)${host === '127.0.0.1' ? '; only this machine can reach it (HOST=0.0.0.0 for every interface)' : ''}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await store.close();
  return 0;
}

export async function serve(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { graph: { type: 'string', short: 'g' }, port: { type: 'string', short: 'p' } } });
  let config;
  try {
    config = readConfig(values.port ? { ...process.env, PORT: values.port } : process.env);
  } catch (error) {
    process.stderr.write(`kg serve: ${(error as Error).message}\n`);
    return 2;
  }
  if (!values.graph) {
    if (config.neo4j) return serveNeo4j(config.neo4j, config);
    process.stderr.write(`${SERVE_USAGE}\n`);
    return 2;
  }
  let badLines = 0;
  let store;
  try {
    store = await EmbeddedStore.fromGraphFile(values.graph, (bad) => {
      badLines += 1;
      process.stderr.write(`error: ${values.graph} line ${bad.line}: ${bad.reason} (skipped)\n`);
    });
  } catch (error) {
    process.stderr.write(`kg serve: cannot read ${values.graph}: ${(error as Error).message}\n`);
    return 1;
  }
  const counts = await store.counts();
  process.stderr.write(`store: embedded, from ${values.graph} (${Object.values(counts).reduce((a, b) => a + b, 0)} nodes and articles; ${badLines} bad lines, ${store.skippedEdges} edges without endpoints skipped)\n`);
  return serveStore(store, config);
}

/** The API over a Neo4j database as it is: nothing is extracted or loaded. */
async function serveNeo4j(settings: Neo4jSettings, config: Config): Promise<number> {
  let store: Neo4jStore;
  let counts: Record<string, number>;
  try {
    store = new Neo4jStore(await connectNeo4j(settings), settings.database);
    counts = await store.counts();
  } catch (error) {
    process.stderr.write(`kg serve: ${error instanceof Neo4jUnavailableError ? error.message : (error as Error).message}\n`);
    return 1;
  }
  const articles = counts.Article ?? 0;
  process.stderr.write(`store: neo4j at ${settings.uri}, database ${settings.database} (${articles} articles${articles ? '' : '; load some with kg ingest <folders…>'})\n`);
  return serveStore(store, config);
}
