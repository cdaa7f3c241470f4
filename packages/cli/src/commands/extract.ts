/**
 * kg extract <files|dirs…> [--out graph.jsonl] [--identity decisions.json] [--workers N] [--max-article-mb N] [--quiet]
 * Writes JSON Lines to --out or stdout; progress and errors go to stderr. Exit status 1 when any
 * input failed (after everything else was extracted), 2 on bad usage.
 */
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';

import { DEFAULT_MAX_ARTICLE_BYTES, readIdentityDecisions, runExtraction, type IdentityDecisions, type RunProgress } from '@vnkg/extractor';

import { readConfig } from '../config.js';

export const EXTRACT_USAGE = `usage: kg extract <files|dirs…> [--out graph.jsonl] [--identity decisions.json] [--workers N] [--max-article-mb N] [--quiet]
  Extracts a knowledge graph (JSON Lines) from Vietnamese and English political news articles:
  .txt/.md pages (optional YAML front matter: url, published, title, source) and
  .jsonl files with one {id, url, title, published, text} per line.
  --identity (default: KG_IDENTITY) names a file of a researcher's decisions on which mentions
  of a name are one person (docs/identity.md).
  Files and lines larger than --max-article-mb (default ${DEFAULT_MAX_ARTICLE_BYTES / 1024 / 1024}), and texts that do not read
  as Vietnamese or English, are named and skipped.`;

function progressLine(progress: RunProgress, startedAt: number): string {
  const seconds = (Date.now() - startedAt) / 1000;
  const rate = seconds > 0 ? (progress.articles / seconds).toFixed(0) : '…';
  const mb = (progress.bytes / 1e6).toFixed(1);
  return `\rextracting: ${progress.articles} articles, ${mb} MB, ${rate} articles/s, ${progress.errors} errors`;
}

export async function extract(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      quiet: { type: 'boolean', short: 'q' },
      workers: { type: 'string', short: 'w', default: '1' },
      'max-article-mb': { type: 'string' },
      identity: { type: 'string' },
    },
  });
  const workers = Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
    process.stderr.write(`kg extract: --workers must be an integer from 1 to 64, got ${JSON.stringify(values.workers)}\n`);
    return 2;
  }
  const maxArticleMb = values['max-article-mb'] === undefined ? DEFAULT_MAX_ARTICLE_BYTES / 1024 / 1024 : Number(values['max-article-mb']);
  if (!Number.isFinite(maxArticleMb) || maxArticleMb <= 0) {
    process.stderr.write(`kg extract: --max-article-mb must be a positive number, got ${JSON.stringify(values['max-article-mb'])}\n`);
    return 2;
  }
  if (positionals.length === 0) {
    process.stderr.write(`${EXTRACT_USAGE}\n`);
    return 2;
  }
  // A decision file that cannot be read stops the run: extracting without it would undo a researcher's work.
  let identity: IdentityDecisions | undefined;
  let identityFile: string | null = null;
  try {
    identityFile = values.identity ?? readConfig().identityFile;
    if (identityFile) identity = readIdentityDecisions(identityFile);
  } catch (error) {
    process.stderr.write(`kg extract: ${(error as Error).message}\n`);
    return 2;
  }
  // The output folder is made if missing ("--out data/graph.jsonl" on a fresh clone).
  if (values.out) {
    try {
      mkdirSync(dirname(values.out), { recursive: true });
    } catch (error) {
      process.stderr.write(`kg extract: cannot write ${values.out}: ${(error as Error).message}\n`);
      return 1;
    }
  }
  const out: WriteStream | NodeJS.WriteStream = values.out ? createWriteStream(values.out) : process.stdout;
  out.on('error', (error) => {
    process.stderr.write(`kg extract: cannot write ${values.out ?? 'stdout'}: ${error.message}\n`);
    process.exit(1);
  });
  const showProgress = !values.quiet && process.stderr.isTTY;
  const startedAt = Date.now();
  let lastProgress = 0;
  const summary = await runExtraction(positionals, {
    workers,
    maxArticleBytes: Math.round(maxArticleMb * 1024 * 1024),
    identity,
    write: (record) => out.write(`${JSON.stringify(record)}\n`),
    onError: (error) => process.stderr.write(`${showProgress ? '\n' : ''}error: ${error.message}\n`),
    onWarning: (origin, warning) => {
      if (!values.quiet) process.stderr.write(`${showProgress ? '\n' : ''}warning: ${origin}: ${warning}\n`);
    },
    onProgress: (progress) => {
      if (showProgress && Date.now() - lastProgress > 200) {
        lastProgress = Date.now();
        process.stderr.write(progressLine(progress, startedAt));
      }
    },
  });
  if (out !== process.stdout) await new Promise<void>((resolve) => (out as WriteStream).end(resolve));
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  process.stderr.write(
    `${showProgress ? '\n' : ''}extracted ${summary.articles} articles (${(summary.bytes / 1e6).toFixed(2)} MB) into ${summary.nodes} nodes in ${seconds} s; ` +
      `${summary.errors} failed, ${summary.warnings} warnings${values.out ? `; wrote ${values.out}` : ''}\n` +
      `persons: ${summary.identity.persons} from ${summary.identity.mentions} mentions; ${summary.identity.splitNames} names are several persons${identity ? ` (${identity.same.length + identity.distinct.length} decisions from ${identityFile})` : ''}\n`,
  );
  if (summary.errors > 0) {
    process.stderr.write(`failed inputs:\n${summary.failed.map((f) => `  ${f.message}`).join('\n')}\n`);
    return 1;
  }
  return 0;
}
