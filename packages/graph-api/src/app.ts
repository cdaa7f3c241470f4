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

import { answers, Neo4jStore, type CypherLimits, type GraphStore } from '@vnkg/store';

import { cypherRunner, type CypherConcurrency } from './cypher.js';
import { ApiError, errorHandler, notFound } from './errors.js';
import { EXPORTS } from './export.js';
import { sendPieces } from './send-pieces.js';
import { Slots, type SlotLimits } from './slots.js';
import { withDeadline } from './store-deadline.js';
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
  /** How many researchers' queries run at once, and how many wait. */
  cypherConcurrency?: CypherConcurrency;
  /** Longest wait for any store call before the API answers 503 (a stalled Neo4j). */
  storeTimeoutMs?: number;
  /** How many exports are written at once, and how many wait. */
  exportConcurrency?: SlotLimits;
}

const CYPHER_LIMITS: CypherLimits = { timeoutMs: 10_000, maxRows: 1_000, maxBytes: 2_000_000 };
// One query at a time: on a two-core machine a second runaway expression would take Neo4j's last core.
const CYPHER_CONCURRENCY: CypherConcurrency = { running: 1, waiting: 8 };
const EXPORT_CONCURRENCY: SlotLimits = { running: 1, waiting: 16 };
const STORE_TIMEOUT_MS = 20_000;

export function createApp({ store: rawStore, corsOrigins, viewerDir, log = (m) => process.stderr.write(`${m}\n`), cypherLimits = CYPHER_LIMITS, cypherConcurrency = CYPHER_CONCURRENCY, exportConcurrency = EXPORT_CONCURRENCY, storeTimeoutMs = STORE_TIMEOUT_MS }: AppOptions) {
  const store = withDeadline(rawStore, storeTimeoutMs);
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // Preflights go on to the routes, which answer OPTIONS with the path's own methods.
  if (corsOrigins) app.use('/api', cors({ origin: corsOrigins === '*' ? '*' : corsOrigins, preflightContinue: true }));
  // Room for the longest valid query (10,000 characters, each up to 12 bytes as JSON escapes) and its
  // parameters, so a query too long is a 400 that says so and only a body no valid request needs is a 413.
  app.use('/api', express.json({ limit: '256kb' }));

  const api = express.Router();
  // Each path answers its own methods; any other gets 405 with Allow (OPTIONS: 204 with Allow).
  const allowOnly = (allow: string) => (req: Request, res: Response) => {
    res.set('Allow', allow);
    if (req.method === 'OPTIONS') res.status(204).end();
    else throw new ApiError(405, 'method_not_allowed', `${req.method} is not allowed on ${req.path}; use ${allow}`);
  };
  const get = (path: string, handler: (req: Request, res: Response) => unknown) => api.route(path).get(handler).all(allowOnly('GET, HEAD'));
  const post = (path: string, handler: (req: Request, res: Response) => unknown) => api.route(path).post(handler).all(allowOnly('POST'));
  let runCypher: ReturnType<typeof cypherRunner> | undefined;
  // Exports build a whole subgraph in memory: one at a time, the rest in line (memory stays bounded).
  const exportSlots = new Slots(exportConcurrency, (running, waiting) => new ApiError(429, 'export_busy', `${running} exports are being written and ${waiting} wait; try again shortly`));
  get('/health', async (_req, res) => {
    res.json(await answers.health(store));
  });
  get('/openapi.json', (_req, res) => {
    res.json(OPENAPI);
  });
  get('/search', async (req, res) => {
    const { q, label, limit } = params.searchQuery.parse(req.query);
    res.json({ query: q, results: await answers.search(store, q, label ?? null, limit) });
  });
  get('/nodes/:id', async (req, res) => {
    const node = await store.node(params.nodeId.parse(req.params.id));
    if (!node) throw notFound(`node ${req.params.id}`);
    res.json(node);
  });
  get('/persons/possibly-same', async (req, res) => {
    const { verdict, limit } = params.namesakesQuery.parse(req.query);
    res.json(await answers.namesakes(store, verdict, limit));
  });
  get('/persons/:id/timeline', async (req, res) => {
    const timeline = await answers.personTimeline(store, params.nodeId.parse(req.params.id));
    if (!timeline) throw notFound(`person ${req.params.id}`);
    res.json(timeline);
  });
  get('/positions/holders', async (req, res) => {
    const { title, province, at } = params.holdersQuery.parse(req.query);
    const holders = await answers.officeHolders(store, title, province ?? null, at);
    if (!holders) throw notFound(`office "${title}"${province ? ` in ${province}` : ''}`);
    res.json(holders);
  });
  get('/provinces/:id/officials', async (req, res) => {
    const { at } = params.atQuery.parse(req.query);
    const officials = await answers.provinceOfficials(store, params.nodeId.parse(req.params.id), at);
    if (!officials) throw notFound(`province ${req.params.id}`);
    res.json(officials);
  });
  get('/graph/neighborhood', async (req, res) => {
    const { id, depth, limit } = params.neighborhoodQuery.parse(req.query);
    const subgraph = await answers.neighborhood(store, id, depth, limit);
    if (!subgraph) throw notFound(`node ${id}`);
    res.json(subgraph);
  });
  get('/graph/overview', async (req, res) => {
    const { limit } = params.overviewQuery.parse(req.query);
    res.json(await answers.overview(store, limit));
  });
  get('/articles/:id', async (req, res) => {
    const article = await store.article(params.nodeId.parse(req.params.id));
    if (!article) throw notFound(`article ${req.params.id}`);
    res.json(article);
  });
  get('/facts/evidence', async (req, res) => {
    const { type, from, to } = params.factQuery.parse(req.query);
    const [provenance] = await store.provenance([{ type, from, to }]);
    if (!provenance?.articles.length && !provenance?.evidence.length) throw notFound(`fact ${type} ${from} → ${to}`);
    res.json({ fact: { type, from, to }, ...provenance });
  });
  get('/export', async (req, res) => {
    const { format, id, depth, limit } = params.exportQuery.parse(req.query);
    const release = await exportSlots.take();
    try {
      const found = id ? await answers.neighborhood(store, id, depth, limit) : await answers.everything(store, limit);
      if (!found) throw notFound(`node ${id}`);
      const subgraph = await answers.withProvenance(store, found);
      const writer = EXPORTS[format];
      res.attachment(`graph.${writer.extension}`).type(writer.type);
      await sendPieces(res, writer.write(subgraph));
    } finally {
      release();
    }
  });
  post('/cypher', async (req, res) => {
    const { query, params: queryParams } = params.cypherBody.parse(req.body ?? {});
    if (!(rawStore instanceof Neo4jStore)) {
      throw new ApiError(501, 'not_available', 'Cypher needs Neo4j: start one (`pnpm neo4j:start` or `docker compose up -d neo4j`) and restart with NEO4J_URI=bolt://127.0.0.1:7687 and NEO4J_PASSWORD set');
    }
    // Researchers' Cypher keeps its own deadline and slots (cypher.ts), not the store deadline.
    runCypher ??= cypherRunner(rawStore, cypherLimits, cypherConcurrency);
    res.json(await runCypher(query, queryParams));
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
