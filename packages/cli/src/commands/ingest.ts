/**
 * kg ingest <files|dirs…> [--graph data/graph.jsonl] [--workers N] [--batch-size N] [--quiet]
 * Extract, then load the extraction into Neo4j. Articles already in the database are replaced.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { readConfig } from '../config.js';
import { extract } from './extract.js';
import { loadInto } from './load.js';

export const INGEST_USAGE = `usage: kg ingest <files|dirs…> [--graph data/graph.jsonl] [--workers N] [--batch-size N] [--quiet]
  Extracts the articles into --graph, then loads it into Neo4j (see kg load for the settings).
  Re-ingesting an article replaces the facts it supported.`;

export async function ingest(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      graph: { type: 'string' },
      workers: { type: 'string', short: 'w', default: '1' },
      'batch-size': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
    },
  });
  let config;
  try {
    config = readConfig(values['batch-size'] ? { ...process.env, KG_BATCH_SIZE: values['batch-size'] } : process.env);
  } catch (error) {
    process.stderr.write(`kg ingest: ${(error as Error).message}\n`);
    return 2;
  }
  if (positionals.length === 0) {
    process.stderr.write(`${INGEST_USAGE}\n`);
    return 2;
  }
  if (!config.neo4j) {
    process.stderr.write(`kg ingest: NEO4J_URI is not set; start a local server with \`pnpm neo4j:start\` and set NEO4J_URI=bolt://127.0.0.1:7687\n`);
    return 2;
  }
  const graph = values.graph ?? join(config.dataDir, 'graph.jsonl');
  const quiet = values.quiet ? ['--quiet'] : [];
  const extracted = await extract([...positionals, '--out', graph, '--workers', values.workers, ...quiet]);
  // Inputs that failed are reported by extract; the others are still loaded.
  if (extracted === 2) return 2;
  const loaded = await loadInto(graph, config.neo4j, config.batchSize, values.quiet ?? false);
  return Math.max(extracted, loaded);
}
