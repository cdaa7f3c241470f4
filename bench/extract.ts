/**
 * pnpm bench extract [--mb 50] [--workers N] [--seeds DIR]
 * Extraction throughput on one core (MB of article text per second, articles per second) and peak
 * memory, on a corpus of repeated, varied seed articles (seeds/, or the .txt articles of --seeds DIR:
 * English ones measure the English path). RSS is sampled at each quarter of the run to
 * show whether memory stays flat as the corpus grows. Last line is machine-readable.
 */
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';

import { runExtraction } from '../packages/extractor/src/run.js';
import { buildCorpus } from './corpus.js';

const { values } = parseArgs({ args: process.argv.slice(3), options: { mb: { type: 'string', default: '50' }, workers: { type: 'string', default: '1' }, seeds: { type: 'string' } } });
const workers = Number(values.workers);
const megabytes = Number(values.mb);
const seedDir = values.seeds ?? join(import.meta.dirname, '..', 'seeds');
const corpusDir = join(tmpdir(), `vnkg-bench-corpus-${values.seeds ? `${basename(values.seeds)}-` : ''}${megabytes}mb`);
process.stderr.write(`building corpus of ${megabytes} MB in ${corpusDir}…\n`);
const files = buildCorpus(seedDir, corpusDir, megabytes);

let peakRss = 0;
const sample = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
};
const sampler = setInterval(sample, 50);
const quarterRss: string[] = [];
let outputBytes = 0;
const startedAt = process.hrtime.bigint();
const summary = await runExtraction(files, {
  workers,
  // Serialise every record as the CLI does, but keep nothing.
  write: (record) => {
    outputBytes += JSON.stringify(record).length + 1;
  },
  onProgress: (progress) => {
    sample();
    const quarter = Math.floor((progress.bytes / (megabytes * 1e6)) * 4);
    if (quarter > quarterRss.length && quarterRss.length < 4) quarterRss.push(`${(process.memoryUsage.rss() / 1e6).toFixed(0)} MB`);
  },
});
const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
clearInterval(sampler);
sample();

const throughput = summary.bytes / 1e6 / seconds;
const articlesPerSecond = summary.articles / seconds;
console.log(`corpus: ${files.length} files, ${summary.articles} articles, ${(summary.bytes / 1e6).toFixed(1)} MB of text; ${summary.errors} errors`);
console.log(`output: ${summary.nodes} nodes, ${(outputBytes / 1e6).toFixed(1)} MB of JSONL`);
console.log(`time: ${seconds.toFixed(1)} s with ${workers === 1 ? 'the pipeline on the main thread (one core)' : `${workers} worker threads`} (node ${process.version})`);
console.log(`rss at each quarter of the corpus: ${quarterRss.join(', ')}`);
console.log(`throughput_mb_s=${throughput.toFixed(2)} articles_s=${articlesPerSecond.toFixed(0)} peak_rss_mb=${(peakRss / 1e6).toFixed(0)}`);
