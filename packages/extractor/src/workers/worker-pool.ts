/**
 * Worker pool
 * ===========
 * Runs the pipeline on N worker threads. Articles go out round-robin with a sequence number and come
 * back in any order; `extract` resolves with each article's result, so the caller can keep input order.
 * In-flight work is bounded by the caller (it awaits results before sending too many).
 */
import { Worker } from 'node:worker_threads';

import type { ArticleExtraction } from '../pipeline.js';
import type { RawArticle } from '../types.js';

export type WorkerResult = Omit<ArticleExtraction, 'text' | 'sentences'>;

export class WorkerPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, { resolve: (r: WorkerResult) => void; reject: (e: Error) => void }>();
  private next = 0;

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL('./extract-worker-boot.mjs', import.meta.url));
      worker.on('message', ({ seq, result, error }: { seq: number; result?: WorkerResult; error?: string }) => {
        const waiting = this.pending.get(seq);
        this.pending.delete(seq);
        if (error !== undefined) waiting?.reject(new Error(error));
        else waiting?.resolve(result!);
      });
      worker.on('error', (error) => {
        for (const waiting of this.pending.values()) waiting.reject(error);
        this.pending.clear();
      });
      return worker;
    });
  }

  extract(article: RawArticle): Promise<WorkerResult> {
    const seq = this.next++;
    const worker = this.workers[seq % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      worker.postMessage({ seq, article });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
