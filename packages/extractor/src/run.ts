/**
 * Extraction run
 * ==============
 * Reads inputs, runs the pipeline on each article and writes records as they come: article records
 * streamed, nodes (merged across articles, with the reference provinces and their mergers) at the end. Errors are collected, never thrown: one bad
 * file does not stop the run.
 */
import { InputError } from './input/errors.js';
import { readInputs, type InputItem, type ReadOptions } from './input/read-inputs.js';
import { GraphBuilder, type IdentityReport } from './output/graph-builder.js';
import type { IdentityDecisions } from './output/identity/identity.js';
import { referencePlaces } from './output/reference-places.js';
import { extractArticle } from './pipeline.js';
import type { GraphRecord, RawArticle } from './types.js';
import { WorkerPool, type WorkerResult } from './workers/worker-pool.js';

export interface RunProgress {
  articles: number;
  bytes: number;
  errors: number;
}

export interface RunOptions extends ReadOptions {
  write: (record: GraphRecord) => void;
  /** Worker threads for the pipeline; 1 (the default) runs it on the main thread. */
  workers?: number;
  onError?: (error: InputError) => void;
  onWarning?: (origin: string, warning: string) => void;
  onProgress?: (progress: RunProgress) => void;
  /** A researcher's decisions on which mentions are one person (output/identity/overrides.ts reads them). */
  identity?: IdentityDecisions;
}

export interface RunSummary extends RunProgress {
  nodes: number;
  warnings: number;
  identity: IdentityReport;
  failed: Array<{ origin: string; message: string }>;
}

export async function runExtraction(paths: string[], options: RunOptions): Promise<RunSummary> {
  const graph = new GraphBuilder();
  const summary: RunSummary = { articles: 0, bytes: 0, errors: 0, nodes: 0, warnings: 0, identity: { mentions: 0, persons: 0, splitNames: 0, milliseconds: 0 }, failed: [] };
  try {
    await extractAll(paths, graph, summary, options);
    // Which mentions of a name are one person, from the facts of every article (namesakes apart,
    // movers and "Tran Cam Tu" of an English page with "Trần Cẩm Tú" together).
    summary.identity = graph.resolvePersons(options.identity);
    // The gazetteer's provinces and their 2025 mergers come with every graph (reference-places.ts).
    const places = referencePlaces();
    graph.addNodes(places.nodes);
    graph.addEdges(places.edges);
    for (const node of graph.allNodes()) options.write(node);
    for (const edge of graph.allEdges()) options.write(edge);
  } finally {
    graph.close();
  }
  summary.nodes = graph.size;
  return summary;
}

type Settled = { result: WorkerResult } | { failure: string };

/** Extract every input into the graph, writing article records as they come, in input order. */
async function extractAll(paths: string[], graph: GraphBuilder, summary: RunSummary, options: RunOptions): Promise<void> {
  const workers = Math.max(1, options.workers ?? 1);
  const pool = workers > 1 ? new WorkerPool(workers) : null;
  const extract = (article: RawArticle): Promise<Settled> =>
    (pool ? pool.extract(article) : Promise.resolve().then(() => extractArticle(article))).then(
      (result) => ({ result }),
      (error: unknown) => ({ failure: (error as Error).message }),
    );
  // Results are collected in input order; a bounded queue keeps every worker busy without reading ahead far.
  const queue: Array<{ item: InputItem; settled: Promise<Settled> | null }> = [];
  const seenIds = new Map<string, string>();
  const collectOldest = async (): Promise<void> => {
    const { item, settled } = queue.shift()!;
    collect(item, settled ? await settled : null, graph, summary, options, seenIds);
  };
  try {
    for await (const item of readInputs(paths, options)) {
      queue.push({ item, settled: 'error' in item ? null : extract(item.article) });
      while (queue.length >= workers * 16) await collectOldest();
    }
    while (queue.length) await collectOldest();
  } finally {
    await pool?.close();
  }
}

/** Add one article's result to the graph and the summary, or report why it has none. */
function collect(item: InputItem, settled: Settled | null, graph: GraphBuilder, summary: RunSummary, options: RunOptions, seenIds: Map<string, string>): void {
  if ('error' in item) {
    summary.errors++;
    summary.failed.push({ origin: item.error.origin, message: item.error.message });
    options.onError?.(item.error);
    return;
  }
  if (!settled || 'failure' in settled) {
    // A bug on one article must not lose the others: report it like a bad input and go on.
    const failure = new InputError(item.article.origin, `extraction failed: ${settled && 'failure' in settled ? settled.failure : 'no result'}`);
    summary.errors++;
    summary.failed.push({ origin: failure.origin, message: failure.message });
    options.onError?.(failure);
    return;
  }
  const extraction = settled.result;
  const earlier = seenIds.get(extraction.article.id);
  if (earlier) extraction.warnings.push(`article id ${extraction.article.id} already used by ${earlier}; facts are merged`);
  seenIds.set(extraction.article.id, item.article.origin);
  for (const warning of [...item.warnings, ...extraction.warnings]) {
    summary.warnings++;
    options.onWarning?.(item.article.origin, warning);
  }
  options.write(extraction.article);
  graph.addArticle(extraction.article);
  graph.addNodes(extraction.nodes);
  graph.addEdges(extraction.edges);
  summary.articles++;
  summary.bytes += item.bytes;
  options.onProgress?.(summary);
}
