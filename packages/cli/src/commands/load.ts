/**
 * kg load <graph.jsonl> [--batch-size N] [--quiet]
 * Loads an extraction into Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE). Bad lines
 * are named with their line number and skipped; the summary counts them. Exit status 1 when lines
 * were skipped or Neo4j cannot be reached, 2 on bad usage.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { connectNeo4j, loadGraphFile, Neo4jUnavailableError, type LoadProgress, type Neo4jSettings } from '@vnkg/store';

import { neo4jCommandConfig } from './neo4j-config.js';

export const LOAD_USAGE = `usage: kg load <graph.jsonl> [--batch-size N] [--quiet]
  Loads an extraction (from kg extract) into Neo4j. Settings from the environment:
  NEO4J_URI (required, e.g. bolt://127.0.0.1:7687), NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE,
  KG_BATCH_SIZE (records per transaction, default 5000). Loads into one database run one at a time:
  a second one waits for the first.`;

function progressLine(progress: LoadProgress, startedAt: number): string {
  const seconds = (Date.now() - startedAt) / 1000;
  const rate = seconds > 0 ? progress.done / seconds : 0;
  const eta = rate > 0 ? Math.max(0, (progress.total - progress.done) / rate) : NaN;
  return `\rloading ${progress.phase}: ${progress.done}/${progress.total} records, ${rate.toFixed(0)} records/s, ETA ${Number.isNaN(eta) ? '…' : `${eta.toFixed(0)} s`}   `;
}

export async function load(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'batch-size': { type: 'string' }, quiet: { type: 'boolean', short: 'q' } },
  });
  if (positionals.length !== 1) {
    process.stderr.write(`${LOAD_USAGE}\n`);
    return 2;
  }
  const [path] = positionals as [string];
  const settings = neo4jCommandConfig('load', values['batch-size']);
  if (!settings) return 2;
  if (!existsSync(path)) {
    process.stderr.write(`kg load: ${path}: no such file\n`);
    return 1;
  }
  return loadInto(path, settings.neo4j, settings.config.batchSize, values.quiet ?? false);
}

/** Load one file and print the summary; shared with `kg ingest`. */
export async function loadInto(path: string, settings: Neo4jSettings, batchSize: number, quiet: boolean): Promise<number> {
  const showProgress = !quiet && process.stderr.isTTY;
  const startedAt = Date.now();
  let lastProgress = 0;
  let driver;
  try {
    driver = await connectNeo4j(settings);
  } catch (error) {
    if (!(error instanceof Neo4jUnavailableError)) throw error;
    process.stderr.write(`kg load: ${error.message}\n`);
    return 1;
  }
  try {
    const summary = await loadGraphFile(driver, path, {
      database: settings.database,
      batchSize,
      onBadLine: (bad) => process.stderr.write(`${showProgress ? '\n' : ''}error: ${path} line ${bad.line}: ${bad.reason} (skipped)\n`),
      onWait: () => process.stderr.write(`kg load: another load into database ${settings.database} at ${settings.uri} is running; waiting for it to end…\n`),
      onProgress: (progress) => {
        if (showProgress && Date.now() - lastProgress > 200) {
          lastProgress = Date.now();
          process.stderr.write(progressLine(progress, startedAt));
        }
      },
    });
    const seconds = (Date.now() - startedAt) / 1000;
    const records = summary.articles + summary.nodes + summary.edges;
    process.stderr.write(
      `${showProgress ? '\n' : ''}loaded ${path} into ${settings.uri}: ${summary.articles} articles, ${summary.nodes} nodes, ${summary.edges} edges ` +
        `in ${seconds.toFixed(1)} s (${(records / Math.max(seconds, 1e-3)).toFixed(0)} records/s); ${summary.badLines} bad lines skipped` +
        `${summary.edgesWithoutEndpoint ? `, ${summary.edgesWithoutEndpoint} edges skipped (endpoint missing)` : ''}\n`,
    );
    return summary.badLines > 0 ? 1 : 0;
  } catch (error) {
    // The server went away mid-load: whole batches are in, a re-run completes the load.
    const code = (error as { code?: string }).code;
    if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
      process.stderr.write(`${showProgress ? '\n' : ''}kg load: lost Neo4j at ${settings.uri}: ${(error as Error).message}; run the load again to complete it\n`);
      return 1;
    }
    throw error;
  } finally {
    await driver.close();
  }
}
