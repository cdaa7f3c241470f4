/**
 * Neo4j loader
 * ============
 * Loads an extraction file in three streaming passes, so memory holds one batch, not the graph:
 *   1. articles: what each article of the file supported before is retracted, then its Article node
 *      is written (re-ingesting an article replaces its facts);
 *   2. nodes, batched by label;
 *   3. edges, batched by type (their endpoints exist by then).
 * Every batch is one write transaction, so a load killed half-way leaves whole batches only, and
 * running it again completes it.
 */
import neo4j, { type Driver, type Session } from 'neo4j-driver';

import type { ArticleRecord, EdgeRecord, GraphRecord, NodeRecord } from '@vnkg/extractor';

import { countLines, readGraphFile, type BadLine } from '../graph-file.js';
import { RETRACT_EDGES, RETRACT_NODES, UPSERT_ARTICLES, upsertEdges, upsertNodes } from './cypher.js';
import { ensureSchema } from './schema.js';

export interface LoadProgress {
  phase: 'articles' | 'nodes' | 'edges';
  /** Records written so far over all passes, and the records in the file (its lines). */
  done: number;
  total: number;
}

export interface LoadOptions {
  database: string;
  batchSize: number;
  onProgress?: (progress: LoadProgress) => void;
  onBadLine?: (bad: BadLine) => void;
}

export interface LoadSummary {
  articles: number;
  nodes: number;
  edges: number;
  /** Edges whose endpoint is neither in the file nor in the database. */
  edgesWithoutEndpoint: number;
  badLines: number;
}

type Row = Record<string, unknown>;

/** Neo4j properties hold scalars and lists of one scalar type; anything else is stored as JSON text. */
function toProperty(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'string')) return value;
    if (value.every((item) => typeof item === 'number')) return value.map(toProperty);
  }
  return JSON.stringify(value);
}

export function toProperties(props: Record<string, unknown>): Row {
  const properties: Row = {};
  for (const [key, value] of Object.entries(props)) properties[key] = toProperty(value);
  return properties;
}

const articleRow = ({ kind: _kind, id, ...props }: ArticleRecord): Row => ({ id, props: toProperties(props) });

const nodeRow = (node: NodeRecord): Row => ({ id: node.id, props: toProperties(node.props), articles: node.articles });

export function edgeRow(edge: EdgeRecord): Row {
  return {
    from: edge.from,
    to: edge.to,
    props: toProperties(edge.props),
    articles: edge.articles,
    evidenceArticles: edge.evidence.map((e) => e.article),
    evidenceQuotes: edge.evidence.map((e) => e.quote),
    evidenceStarts: edge.evidence.map((e) => neo4j.int(e.start)),
    evidenceEnds: edge.evidence.map((e) => neo4j.int(e.end)),
    // Lists in Neo4j cannot hold null: an unknown date is the empty string.
    evidenceAsOf: edge.evidence.map((e) => e.asOf ?? ''),
  };
}

/** Rows waiting to be written, grouped by the statement that writes them. */
class Batches {
  private readonly pending = new Map<string, Row[]>();

  constructor(
    private readonly size: number,
    private readonly flush: (key: string, rows: Row[]) => Promise<void>,
  ) {}

  async add(key: string, row: Row): Promise<void> {
    let rows = this.pending.get(key);
    if (!rows) this.pending.set(key, (rows = []));
    rows.push(row);
    if (rows.length >= this.size) {
      this.pending.delete(key);
      await this.flush(key, rows);
    }
  }

  async drain(): Promise<void> {
    for (const [key, rows] of this.pending) await this.flush(key, rows);
    this.pending.clear();
  }
}

async function write(session: Session, statements: Array<[string, Row]>): Promise<number> {
  return session.executeWrite(async (tx) => {
    let written = 0;
    for (const [statement, params] of statements) {
      const result = await tx.run(statement, params);
      written += Number(result.records[0]?.get('written') ?? 0);
    }
    return written;
  });
}

async function* recordsOf<K extends GraphRecord['kind']>(path: string, kind: K, onBadLine: (bad: BadLine) => void) {
  for await (const record of readGraphFile(path, onBadLine)) if (record.kind === kind) yield record as Extract<GraphRecord, { kind: K }>;
}

export async function loadGraphFile(driver: Driver, path: string, options: LoadOptions): Promise<LoadSummary> {
  const total = await countLines(path);
  const summary: LoadSummary = { articles: 0, nodes: 0, edges: 0, edgesWithoutEndpoint: 0, badLines: 0 };
  const report = (phase: LoadProgress['phase']) => options.onProgress?.({ phase, done: summary.articles + summary.nodes + summary.edges + summary.edgesWithoutEndpoint, total });
  // Bad lines are reported in the first pass only; later passes skip them silently.
  let firstPass = true;
  const onBadLine = (bad: BadLine) => {
    if (!firstPass) return;
    summary.badLines += 1;
    options.onBadLine?.(bad);
  };

  await ensureSchema(driver, options.database);
  const session = driver.session({ database: options.database });
  try {
    const articles = new Batches(options.batchSize, async (_key, rows) => {
      const ids = rows.map((row) => row.id);
      await write(session, [[RETRACT_EDGES, { ids }], [RETRACT_NODES, { ids }], [UPSERT_ARTICLES, { rows }]]);
      summary.articles += rows.length;
      report('articles');
    });
    for await (const article of recordsOf(path, 'article', onBadLine)) await articles.add('Article', articleRow(article));
    await articles.drain();
    firstPass = false;

    const nodes = new Batches(options.batchSize, async (label, rows) => {
      await write(session, [[upsertNodes(label), { rows }]]);
      summary.nodes += rows.length;
      report('nodes');
    });
    for await (const node of recordsOf(path, 'node', onBadLine)) await nodes.add(node.label, nodeRow(node));
    await nodes.drain();

    const edges = new Batches(options.batchSize, async (type, rows) => {
      const written = await write(session, [[upsertEdges(type), { rows }]]);
      summary.edges += written;
      summary.edgesWithoutEndpoint += rows.length - written;
      report('edges');
    });
    for await (const edge of recordsOf(path, 'edge', onBadLine)) await edges.add(edge.type, edgeRow(edge));
    await edges.drain();
  } finally {
    await session.close();
  }
  return summary;
}
