/**
 * The graph API
 * =============
 * A thin HTTP layer: validate parameters (./params), ask the store through the shared answers of
 * @vnkg/store, serialise. Errors are JSON with a code (./errors). The built viewer, when given, is
 * served at /.
 */
import { existsSync } from 'node:fs';

import cors from 'cors';
import express, { type Request, type Response } from 'express';

import { answers, CypherRefused, Neo4jStore, type CypherLimits, type GraphStore } from '@vnkg/store';

import { ApiError, errorHandler, notFound } from './errors.js';
import { EXPORTS } from './export.js';
import { OPENAPI } from './openapi.js';
import * as params from './params.js';

export interface AppOptions {
  store: GraphStore;
  /** Origins allowed to call the API from a browser: '*' or a list; none by default. */
  corsOrigins?: '*' | string[];
  /** Folder of the built viewer, served at /. */
  viewerDir?: string | null;
  log?: (message: string) => void;
  /** Caps on POST /api/cypher. */
  cypherLimits?: CypherLimits;
}

const CYPHER_LIMITS: CypherLimits = { timeoutMs: 10_000, maxRows: 1_000, maxBytes: 2_000_000 };

export function createApp({ store, corsOrigins, viewerDir, log = (m) => process.stderr.write(`${m}\n`), cypherLimits = CYPHER_LIMITS }: AppOptions) {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  if (corsOrigins) app.use('/api', cors({ origin: corsOrigins === '*' ? '*' : corsOrigins }));
  app.use('/api', express.json({ limit: '64kb' }));

  const api = express.Router();
  api.get('/health', async (_req, res) => {
    res.json(await answers.health(store));
  });
  api.get('/openapi.json', (_req, res) => {
    res.json(OPENAPI);
  });
  api.get('/search', async (req, res) => {
    const { q, label, limit } = params.searchQuery.parse(req.query);
    res.json({ query: q, results: await answers.search(store, q, label ?? null, limit) });
  });
  api.get('/nodes/:id', async (req, res) => {
    const node = await store.node(params.nodeId.parse(req.params.id));
    if (!node) throw notFound(`node ${req.params.id}`);
    res.json(node);
  });
  api.get('/persons/:id/timeline', async (req, res) => {
    const timeline = await answers.personTimeline(store, params.nodeId.parse(req.params.id));
    if (!timeline) throw notFound(`person ${req.params.id}`);
    res.json(timeline);
  });
  api.get('/positions/holders', async (req, res) => {
    const { title, province, at } = params.holdersQuery.parse(req.query);
    const holders = await answers.officeHolders(store, title, province ?? null, at);
    if (!holders) throw notFound(`office "${title}"${province ? ` in ${province}` : ''}`);
    res.json(holders);
  });
  api.get('/provinces/:id/officials', async (req, res) => {
    const { at } = params.atQuery.parse(req.query);
    const officials = await answers.provinceOfficials(store, params.nodeId.parse(req.params.id), at);
    if (!officials) throw notFound(`province ${req.params.id}`);
    res.json(officials);
  });
  api.get('/graph/neighborhood', async (req, res) => {
    const { id, depth, limit } = params.neighborhoodQuery.parse(req.query);
    const subgraph = await answers.neighborhood(store, id, depth, limit);
    if (!subgraph) throw notFound(`node ${id}`);
    res.json(subgraph);
  });
  api.get('/graph/overview', async (req, res) => {
    const { limit } = params.overviewQuery.parse(req.query);
    res.json(await answers.overview(store, limit));
  });
  api.get('/articles/:id', async (req, res) => {
    const article = await store.article(params.nodeId.parse(req.params.id));
    if (!article) throw notFound(`article ${req.params.id}`);
    res.json(article);
  });
  api.get('/export', async (req, res) => {
    const { format, id, depth, limit } = params.exportQuery.parse(req.query);
    const subgraph = id ? await answers.neighborhood(store, id, depth, limit) : await answers.everything(store, limit);
    if (!subgraph) throw notFound(`node ${id}`);
    const writer = EXPORTS[format];
    res.attachment(`graph.${writer.extension}`).type(writer.type).send(writer.write(subgraph));
  });
  api.post('/cypher', async (req: Request, res: Response) => {
    const { query, params: queryParams } = params.cypherBody.parse(req.body ?? {});
    if (!(store instanceof Neo4jStore)) {
      throw new ApiError(501, 'not_available', 'Cypher needs Neo4j: start one (`pnpm neo4j:start` or `docker compose up -d neo4j`) and restart with NEO4J_URI=bolt://127.0.0.1:7687 and NEO4J_PASSWORD set');
    }
    try {
      res.json(await store.cypher(query, queryParams, cypherLimits));
    } catch (error) {
      if (error instanceof CypherRefused) throw new ApiError(400, 'cypher_refused', error.message);
      const code = (error as { code?: string }).code ?? '';
      if (code.includes('TransactionTimedOut') || code.includes('Terminated')) throw new ApiError(400, 'cypher_timeout', `the query ran longer than ${cypherLimits.timeoutMs / 1000} s`);
      if (code.startsWith('Neo.ClientError.')) throw new ApiError(400, 'cypher_error', (error as Error).message);
      throw error;
    }
  });
  api.use((req) => {
    throw notFound(`endpoint ${req.method} ${req.path}`);
  });

  app.use('/api', api);
  if (viewerDir && existsSync(viewerDir)) app.use(express.static(viewerDir));
  else app.get('/', (_req, res) => void res.type('text/plain').send('The graph API is at /api (see /api/openapi.json). The viewer is not built.\n'));
  app.use(errorHandler(log));
  return app;
}
