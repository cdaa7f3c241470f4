/**
 * pnpm bench extract [--mb 50] [--workers N] [--seeds DIR | --corpus PATH | --synthetic N]
 * Extraction throughput on one core (MB of article text per second, articles per second) and peak
 * memory, person identity included, on one of:
 *   - a corpus of repeated, varied seed articles (seeds/, or the .txt articles of --seeds DIR:
 *     English ones measure the English path), --mb of it;
 *   - --corpus PATH: real articles as they are (a JSONL file or a folder, such as
 *     ../shared/corpus/vn-politics-sample.jsonl);
 *   - --synthetic N: N articles of a synthetic archive of provincial officials whose names come at
 *     Vietnamese frequencies (bench/synthetic-officials.ts); it also prints how the mention pairs of
 *     one name ended against the archive's truth (same official on one node, namesakes apart).
 * RSS is sampled at each quarter of the run to show whether memory stays flat as the corpus grows.
 * Last line is machine-readable.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';

import { runExtraction } from '../packages/extractor/src/run.js';
import { asciiFold } from '../packages/extractor/src/text/normalize.js';
import { buildCorpus } from './corpus.js';
import { buildSyntheticCorpus, type SyntheticCorpus } from './synthetic-officials.js';

const { values } = parseArgs({
  args: process.argv.slice(3),
  options: { mb: { type: 'string', default: '50' }, workers: { type: 'string', default: '1' }, seeds: { type: 'string' }, corpus: { type: 'string' }, synthetic: { type: 'string' } },
});
const workers = Number(values.workers);
const megabytes = Number(values.mb);
let files: string[];
let synthetic: SyntheticCorpus | null = null;
if (values.corpus) {
  statSync(values.corpus);
  files = [values.corpus];
  process.stderr.write(`corpus: ${values.corpus}\n`);
} else if (values.synthetic) {
  const articles = Number(values.synthetic);
  // The generator's text and the gazetteer it reads are in the folder name: a changed one never reuses an old archive.
  const sources = [join(import.meta.dirname, 'synthetic-officials.ts'), join(import.meta.dirname, '..', 'packages', 'extractor', 'lexicons', 'provinces.json')];
  const generator = createHash('sha1').update(sources.map((file) => readFileSync(file, 'utf8')).join('\u0000')).digest('hex').slice(0, 8);
  const dir = join(tmpdir(), `vnkg-bench-synthetic-${articles}-${generator}`);
  process.stderr.write(`building (or reusing) a synthetic archive of ${articles} articles in ${dir}…\n`);
  synthetic = buildSyntheticCorpus(dir, articles);
  files = synthetic.files;
} else {
  const seedDir = values.seeds ?? join(import.meta.dirname, '..', 'seeds');
  const corpusDir = join(tmpdir(), `vnkg-bench-corpus-${values.seeds ? `${basename(values.seeds)}-` : ''}${megabytes}mb`);
  process.stderr.write(`building corpus of ${megabytes} MB in ${corpusDir}…\n`);
  files = buildCorpus(seedDir, corpusDir, megabytes);
}
// For the synthetic archive: which Person node each (article, name) ended on.
const nodeOf = new Map<string, string>();

let peakRss = 0;
const sample = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
};
const sampler = setInterval(sample, 50);
const quarterRss: string[] = [];
let outputBytes = 0;
// How far the run is: the synthetic truth knows its articles, the seed corpus its MB; a given corpus is not sized.
const doneShare = (progress: { articles: number; bytes: number }): number => (synthetic ? progress.articles / synthetic.truth.size : values.corpus ? 0 : progress.bytes / (megabytes * 1e6));
const startedAt = process.hrtime.bigint();
const summary = await runExtraction(files, {
  workers,
  // Serialise every record as the CLI does, but keep nothing.
  write: (record) => {
    outputBytes += JSON.stringify(record).length + 1;
    if (synthetic && record.kind === 'node' && record.label === 'Person') for (const article of record.articles) nodeOf.set(`${article}|${asciiFold(String(record.props.name))}`, record.id);
  },
  onProgress: (progress) => {
    sample();
    const quarter = Math.floor(doneShare(progress) * 4);
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
console.log(`rss at each quarter of the corpus: ${quarterRss.join(', ') || 'n/a'}`);
console.log(`identity: ${summary.identity.persons} persons from ${summary.identity.mentions} mentions, ${summary.identity.splitNames} names are several persons, resolved in ${(summary.identity.milliseconds / 1000).toFixed(1)} s`);
if (synthetic) console.log(identityAgainstTruth(synthetic));
console.log(`throughput_mb_s=${throughput.toFixed(2)} articles_s=${articlesPerSecond.toFixed(0)} peak_rss_mb=${(peakRss / 1e6).toFixed(0)}`);

/**
 * Mention pairs of one name against the synthetic truth: of the pairs that are one official, how many
 * ended on one node; of the pairs that are different officials, how many on different nodes. Counted
 * from a name's (official, node) table, so a name of thousands of mentions costs no pair loop.
 */
function identityAgainstTruth({ truth }: SyntheticCorpus): string {
  const tables = new Map<string, Map<string, number>>();
  let unmatched = 0;
  for (const [article, names] of truth) {
    for (const [name, official] of names) {
      const folded = asciiFold(name);
      const node = nodeOf.get(`${article}|${folded}`);
      if (!node) {
        unmatched++;
        continue;
      }
      const table = tables.get(folded) ?? new Map<string, number>();
      const cell = `${official}|${node}`;
      table.set(cell, (table.get(cell) ?? 0) + 1);
      tables.set(folded, table);
    }
  }
  const pairs = (n: number): number => (n * (n - 1)) / 2;
  let samePairs = 0;
  let sameTogether = 0;
  let differentPairs = 0;
  let differentApart = 0;
  let sharedNames = 0;
  for (const table of tables.values()) {
    const byOfficial = new Map<string, number>();
    const byNode = new Map<string, number>();
    let total = 0;
    let together = 0;
    for (const [cell, count] of table) {
      const [official, node] = cell.split('|') as [string, string];
      byOfficial.set(official, (byOfficial.get(official) ?? 0) + count);
      byNode.set(node, (byNode.get(node) ?? 0) + count);
      total += count;
      together += pairs(count);
    }
    if (byOfficial.size > 1) sharedNames++;
    const same = [...byOfficial.values()].reduce((sum, n) => sum + pairs(n), 0);
    const onOneNode = [...byNode.values()].reduce((sum, n) => sum + pairs(n), 0);
    samePairs += same;
    sameTogether += together;
    differentPairs += pairs(total) - same;
    differentApart += pairs(total) - same - (onOneNode - together);
  }
  const percent = (part: number, whole: number): string => (whole ? `${((100 * part) / whole).toFixed(1)}%` : 'n/a');
  return (
    `synthetic truth: ${tables.size} names, ${sharedNames} shared by several officials; ${unmatched} mentions not found as persons\n` +
    `same official on one node: ${percent(sameTogether, samePairs)} of ${samePairs} pairs; namesakes on different nodes: ${percent(differentApart, differentPairs)} of ${differentPairs} pairs`
  );
}
