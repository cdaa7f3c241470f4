/**
 * Extraction run
 * ==============
 * Reads inputs, runs the pipeline on each article and writes records as they come: article records
 * streamed, nodes (merged across articles) at the end. Errors are collected, never thrown: one bad
 * file does not stop the run.
 */
import { InputError } from './input/errors.js';
import { readInputs } from './input/read-inputs.js';
import { GraphBuilder } from './output/graph-builder.js';
import { extractArticle } from './pipeline.js';
import type { GraphRecord } from './types.js';

export interface RunProgress {
  articles: number;
  bytes: number;
  errors: number;
}

export interface RunOptions {
  write: (record: GraphRecord) => void;
  onError?: (error: InputError) => void;
  onWarning?: (origin: string, warning: string) => void;
  onProgress?: (progress: RunProgress) => void;
}

export interface RunSummary extends RunProgress {
  nodes: number;
  warnings: number;
  failed: Array<{ origin: string; message: string }>;
}

export async function runExtraction(paths: string[], options: RunOptions): Promise<RunSummary> {
  const graph = new GraphBuilder();
  const summary: RunSummary = { articles: 0, bytes: 0, errors: 0, nodes: 0, warnings: 0, failed: [] };
  try {
    await extractAll(paths, graph, summary, options);
    for (const node of graph.allNodes()) options.write(node);
    for (const edge of graph.allEdges()) options.write(edge);
  } finally {
    graph.close();
  }
  summary.nodes = graph.size;
  return summary;
}

/** Extract every input into the graph, writing article records as they come. */
async function extractAll(paths: string[], graph: GraphBuilder, summary: RunSummary, options: RunOptions): Promise<void> {
  const seenIds = new Map<string, string>();
  for await (const item of readInputs(paths)) {
    if ('error' in item) {
      summary.errors++;
      summary.failed.push({ origin: item.error.origin, message: item.error.message });
      options.onError?.(item.error);
      continue;
    }
    let extraction;
    try {
      extraction = extractArticle(item.article);
    } catch (error) {
      // A bug on one article must not lose the others: report it like a bad input and go on.
      const failure = new InputError(item.article.origin, `extraction failed: ${(error as Error).message}`);
      summary.errors++;
      summary.failed.push({ origin: failure.origin, message: failure.message });
      options.onError?.(failure);
      continue;
    }
    const earlier = seenIds.get(extraction.article.id);
    if (earlier) extraction.warnings.push(`article id ${extraction.article.id} already used by ${earlier}; facts are merged`);
    seenIds.set(extraction.article.id, item.article.origin);
    for (const warning of [...item.warnings, ...extraction.warnings]) {
      summary.warnings++;
      options.onWarning?.(item.article.origin, warning);
    }
    options.write(extraction.article);
    graph.addNodes(extraction.nodes);
    graph.addEdges(extraction.edges);
    summary.articles++;
    summary.bytes += item.bytes;
    options.onProgress?.(summary);
  }
}
