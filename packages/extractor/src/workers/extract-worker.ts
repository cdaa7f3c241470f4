/**
 * Worker thread: runs the pipeline on the articles the main thread sends and posts back the result
 * (or the error message), tagged with the article's sequence number.
 */
import { parentPort } from 'node:worker_threads';

import { extractArticle } from '../pipeline.js';
import type { RawArticle } from '../types.js';

parentPort!.on('message', ({ seq, article }: { seq: number; article: RawArticle }) => {
  try {
    const { article: record, nodes, edges, warnings } = extractArticle(article);
    parentPort!.postMessage({ seq, result: { article: record, nodes, edges, warnings } });
  } catch (error) {
    parentPort!.postMessage({ seq, error: (error as Error).message });
  }
});
