/**
 * Neo4j loader
 * ============
 * Loads an extraction file in three stages, streaming, so memory holds a few batches, not the graph:
 *   1. articles: what each article of the file supported before is retracted, then its Article node
 *      is written (re-ingesting an article replaces its facts), one batch at a time;
 *   2. nodes, batched by label;
 *   3. edges, batched by type (their endpoints exist by then).
 * A file written in that order (as kg extract writes it) is read once; any other, once per stage.
 * Every batch is one write transaction, so a load killed half-way leaves whole batches only, and
 * running it again completes it.
 */
import neo4j, { type Driver } from 'neo4j-driver';

import { IDENTITY_PROPS, type ArticleRecord, type EdgeRecord, type NodeRecord } from '@vnkg/extractor';

import { factId, KIND_ORDER, knownProps, readGraphFile, scanGraphFile, type BadLine } from '../graph-file.js';
import { searchText } from '../node-names.js';
import { isoDay, isoPrefix } from '../queries/tenure.js';
import { EDGE_LISTS, NODE_LISTS, RETRACT_EDGES, RETRACT_EVIDENCE, RETRACT_NODES, UPSERT_ARTICLES, upsertEdges, upsertNodes } from './cypher.js';
import { ensureSchema, LOAD_LOCK_LABEL } from './schema.js';

export interface LoadProgress {
  phase: 'articles' | 'nodes' | 'edges';
  /** Records written so far over all passes, and the records in the file (its lines). */
  done: number;
  total: number;
}

export interface LoadOptions {
  database: string;
  batchSize: number;
  /** Write transactions at once (default 2). */
  concurrency?: number;
  onProgress?: (progress: LoadProgress) => void;
  onBadLine?: (bad: BadLine) => void;
  /** Called once when another load into the same database is running: this one waits for it. */
  onWait?: () => void;
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

// A Person's identity decisions are the latest extraction's: null removes one it no longer makes (SET +=).
const CLEARED_IDENTITY: Row = Object.fromEntries(IDENTITY_PROPS.map((key) => [key, null]));

const nodeRow = (node: NodeRecord): Row => ({
  id: node.id,
  props: { ...(node.label === 'Person' ? CLEARED_IDENTITY : {}), ...toProperties(node.props), searchText: searchText(node.id, node.props) },
  articles: [...new Set(node.articles)],
});

/** A merger's date is a Neo4j date: `WHERE m.date <= date('2025-12-31')` compares it. */
function factProperties(edge: EdgeRecord): Row {
  const properties = toProperties(edge.props);
  const day = edge.type === 'MERGED_INTO' ? isoDay(edge.props.date) : null;
  if (day) {
    const [year, month, dayOfMonth] = day.split('-').map(Number);
    properties.date = new neo4j.types.Date(year!, month!, dayOfMonth!);
  }
  return properties;
}

export function edgeRow(edge: EdgeRecord): Row {
  return {
    factId: factId(edge),
    from: edge.from,
    to: edge.to,
    props: factProperties(edge),
    propsJson: JSON.stringify(knownProps(edge.props)),
    articles: edge.articles,
    evidenceArticles: edge.evidence.map((e) => e.article),
    evidenceQuotes: edge.evidence.map((e) => e.quote),
    evidenceStarts: edge.evidence.map((e) => neo4j.int(e.start)),
    evidenceEnds: edge.evidence.map((e) => neo4j.int(e.end)),
    // Lists in Neo4j cannot hold null: an unknown date is the empty string. Only real calendar dates
    // are kept, so Cypher's date() never fails on them (loader.ts computes h.since etc. from them).
    evidenceAsOf: edge.evidence.map((e) => isoDay(e.asOf) ?? ''),
    evidenceSince: edge.evidence.map((e) => isoPrefix(e.since) ?? ''),
    evidenceUntil: edge.evidence.map((e) => isoPrefix(e.until) ?? ''),
    evidenceStatus: edge.evidence.map((e) => e.status ?? ''),
  };
}

/** Which list fields of a row are sent flat, under the name of the bounds list they share. */
export type ListGroups = Record<string, string[]>;

/**
 * A batch as Neo4j receives it: one list per field ($from[i], $props[i], …), not a list of row maps;
 * a row's own lists (its articles, its evidence) are slices of one flat list per batch, between
 * $<group>[i] and $<group>[i + 1] of their bounds list. Every map key and every small list is a
 * value the driver packs and the server decodes: as columns, edges cost about half the CPU to send
 * (measured on a 124k-edge graph: driver 2.9 → 1.5 s, Neo4j 2.4 → 1.0 s).
 */
export function toColumns(rows: Row[], listGroups: ListGroups = {}): Record<string, unknown[]> {
  const columns: Record<string, unknown[]> = {};
  const flat = new Set(Object.values(listGroups).flat());
  for (const field of Object.keys(rows[0] ?? {})) columns[field] = [];
  for (const group of Object.keys(listGroups)) columns[group] = [neo4j.int(0)];
  for (const row of rows) {
    for (const [field, value] of Object.entries(row)) {
      if (flat.has(field)) columns[field]!.push(...(value as unknown[]));
      else columns[field]!.push(value);
    }
    for (const [group, fields] of Object.entries(listGroups)) columns[group]!.push(neo4j.int(columns[fields[0]!]!.length));
  }
  return columns;
}

/**
 * Rows waiting to be written, grouped by the statement that writes them. Full batches are written
 * by up to `concurrency` transactions at once (the server has more than one core); drain() waits
 * for all of them, so a pass ends only when everything it wrote is committed.
 *
 * Each row names what it writes (a node id, a fact). A row that writes the same thing as a row still
 * waiting or in flight is held back until those are committed: the statements check "is it there?"
 * without locks (see cypher.ts), so two rows for one node or fact must never run at the same time.
 */
class Batches {
  private readonly pending = new Map<string, Row[]>();
  private readonly inFlight = new Set<Promise<void>>();
  /** What the pending and in-flight rows write. */
  private readonly writing = new Set<string>();
  private failure: unknown = null;

  constructor(
    private readonly size: number,
    private readonly concurrency: number,
    private readonly flush: (key: string, rows: Row[]) => Promise<void>,
    private readonly writes: (key: string, row: Row) => string,
  ) {}

  async add(key: string, row: Row): Promise<void> {
    const target = this.writes(key, row);
    if (this.writing.has(target)) await this.drain();
    this.writing.add(target);
    let rows = this.pending.get(key);
    if (!rows) this.pending.set(key, (rows = []));
    rows.push(row);
    if (rows.length >= this.size) {
      this.pending.delete(key);
      await this.start(key, rows);
    }
  }

  async drain(): Promise<void> {
    for (const [key, rows] of this.pending) await this.start(key, rows);
    this.pending.clear();
    await Promise.all(this.inFlight);
    await this.rethrow();
  }

  private async start(key: string, rows: Row[]): Promise<void> {
    while (this.inFlight.size >= this.concurrency) await Promise.race(this.inFlight);
    await this.rethrow();
    const done = () => {
      for (const row of rows) this.writing.delete(this.writes(key, row));
      this.inFlight.delete(task);
    };
    const task: Promise<void> = this.flush(key, rows).then(done, (error: unknown) => {
      this.failure ??= error;
      done();
    });
    this.inFlight.add(task);
  }

  /** A batch failed: the load stops, once the transactions still running have ended (their driver stays open till then). */
  private async rethrow(): Promise<void> {
    if (!this.failure) return;
    await Promise.all(this.inFlight);
    throw this.failure;
  }
}

// Concurrent batches can still lock the same nodes in opposite orders (MERGE of an article that nodes
// of two labels mention); Neo4j then aborts one of them. The driver retries it, but only for a few seconds.
const LOCK_CONFLICTS = new Set(['Neo.TransientError.Transaction.DeadlockDetected', 'Neo.TransientError.Transaction.LockAcquisitionTimeout']);

/** `attempt` again (up to `tries` times, pausing longer each time) while it fails on a lock conflict. */
export async function retryLockConflicts<T>(attempt: () => Promise<T>, tries = 5, pauseMs = 250): Promise<T> {
  for (let tried = 1; ; tried += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (tried >= tries || !LOCK_CONFLICTS.has((error as { code?: string }).code ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, pauseMs * tried * (0.5 + Math.random())));
    }
  }
}

/** One transaction, in a session of its own (sessions are not shared between concurrent batches). */
function write(driver: Driver, database: string, statements: Array<[string, Row]>): Promise<number> {
  return retryLockConflicts(() => writeOnce(driver, database, statements));
}

async function writeOnce(driver: Driver, database: string, statements: Array<[string, Row]>): Promise<number> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      let written = 0;
      for (const [statement, params] of statements) {
        const result = await tx.run(statement, params);
        written += Number(result.records[0]?.get('written') ?? 0);
      }
      return written;
    });
  } finally {
    await session.close();
  }
}

/** How often a load that has not got the lock yet looks for the load that holds it. */
const LOCK_PATIENCE_MS = 1000;

/** The lock transaction's metadata, by which a waiting load finds the one that holds the lock. */
const LOCK_METADATA = { kg: 'load-lock' };

/**
 * Loads into one database run one at a time: the statements check "is it there?" without locks, so
 * two loads writing the same fact at once could both create it. A load holds the write lock of one
 * LoadLock node, in a transaction of its own that stays open for the whole load and is rolled back at
 * its end (the node is never committed); a load that dies releases it with its connection. Another
 * load's MERGE of that node waits on the lock. Resolves with the release.
 *
 * onWait is called only when another load's lock transaction is seen running (SHOW TRANSACTIONS, by
 * its metadata): the first MERGE on a cold server can itself take seconds.
 */
async function holdLoadLock(driver: Driver, database: string, onWait?: () => void): Promise<() => Promise<void>> {
  const session = driver.session({ database });
  const tx = session.beginTransaction({ metadata: LOCK_METADATA });
  const release = async () => {
    // A connection already gone has rolled it back; a failure here must not hide the load's own error.
    await tx.rollback().catch(() => undefined);
    await session.close().catch(() => undefined);
  };
  let timer: NodeJS.Timeout | undefined;
  let settled = false;
  try {
    const locked = tx.run(`MERGE (:${LOAD_LOCK_LABEL} {id: 'kg-load'})`);
    let told = false;
    const look = async () => {
      const holders = await lockHolders(driver, database);
      if (settled) return;
      if (!told && holders > 1) {
        told = true;
        onWait?.();
      }
      timer = setTimeout(() => void look(), LOCK_PATIENCE_MS).unref();
    };
    timer = setTimeout(() => void look(), LOCK_PATIENCE_MS).unref();
    await locked;
    return release;
  } catch (error) {
    await release();
    throw error;
  } finally {
    settled = true;
    clearTimeout(timer);
  }
}

/** Lock transactions running on the database (this load's own included); 2 when unknown. */
async function lockHolders(driver: Driver, database: string): Promise<number> {
  try {
    const result = await driver.executeQuery('SHOW TRANSACTIONS YIELD database, metaData WHERE database = $database AND metaData.kg = $kg RETURN count(*) AS n', { database, kg: LOCK_METADATA.kg }, { database });
    return Number(result.records[0]?.get('n') ?? 0);
  } catch {
    return 2; // a server that does not let us look: say that we wait, as before
  }
}

export async function loadGraphFile(driver: Driver, path: string, options: LoadOptions): Promise<LoadSummary> {
  await ensureSchema(driver, options.database);
  const release = await holdLoadLock(driver, options.database, options.onWait);
  try {
    return await loadLocked(driver, path, options);
  } finally {
    await release();
  }
}

async function loadLocked(driver: Driver, path: string, options: LoadOptions): Promise<LoadSummary> {
  const { lines: total, kindOrdered } = await scanGraphFile(path);
  const summary: LoadSummary = { articles: 0, nodes: 0, edges: 0, edgesWithoutEndpoint: 0, badLines: 0 };
  const report = (phase: LoadProgress['phase']) => options.onProgress?.({ phase, done: summary.articles + summary.nodes + summary.edges + summary.edgesWithoutEndpoint, total });
  // A line that cannot be read is met in every pass: report it once.
  const reported = new Set<number>();
  const onBadLine = (bad: BadLine) => {
    if (reported.has(bad.line)) return;
    reported.add(bad.line);
    summary.badLines += 1;
    options.onBadLine?.(bad);
  };

  const concurrency = options.concurrency ?? 2;
  const run = (statements: Array<[string, Row]>) => write(driver, options.database, statements);

  // Retraction runs one batch at a time: a batch's DETACH DELETE of a node removes relationships that a
  // concurrent batch's retraction may have matched already (reading them back as null), and no lock
  // orders the two. The node and edge stages write disjoint rows (Batches) and stay concurrent.
  const articles = new Batches(options.batchSize, 1, async (_key, rows) => {
    const columns = toColumns(rows);
    await run([[RETRACT_EVIDENCE, columns], [RETRACT_EDGES, columns], [RETRACT_NODES, columns], [UPSERT_ARTICLES, columns]]);
    summary.articles += rows.length;
    report('articles');
  }, (_key, row) => String(row.id));
  const nodes = new Batches(options.batchSize, concurrency, async (label, rows) => {
    await run([[upsertNodes(label), toColumns(rows, NODE_LISTS)]]);
    summary.nodes += rows.length;
    report('nodes');
  }, (_label, row) => String(row.id));
  const edges = new Batches(options.batchSize, concurrency, async (type, rows) => {
    const written = await run([[upsertEdges(type), toColumns(rows, EDGE_LISTS)]]);
    summary.edges += written;
    summary.edgesWithoutEndpoint += rows.length - written;
    report('edges');
  }, (type, row) => `${type} ${String(row.from)} ${String(row.to)}`);

  // All of a kind is committed before the next kind's first write. A file written kind by kind (as
  // kg extract writes it) is read once; any other order once per kind.
  const stages = [articles, nodes, edges];
  let stage = 0;
  for (const only of kindOrdered ? [undefined] : KIND_ORDER) {
    for await (const record of readGraphFile(path, onBadLine, only)) {
      const rank = KIND_ORDER.indexOf(record.kind);
      // scanGraphFile and readGraphFile agree on lines and kinds; were they ever to differ, stop rather
      // than retract an article after its nodes were written.
      if (rank < stage) throw new Error(`${path}: a ${record.kind} record after ${KIND_ORDER[stage]} records in a file read once`);
      for (; stage < rank; stage += 1) await stages[stage]!.drain();
      if (record.kind === 'article') await articles.add('Article', articleRow(record));
      else if (record.kind === 'node') await nodes.add(record.label, nodeRow(record));
      else await edges.add(record.type, edgeRow(record));
    }
  }
  for (const batches of stages) await batches.drain();
  return summary;
}
