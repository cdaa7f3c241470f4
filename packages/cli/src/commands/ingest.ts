/**
 * kg ingest <files|dirs…> [--graph data/graph.jsonl] [--identity decisions.json] [--workers N] [--batch-size N] [--quiet]
 * Extract, then load the extraction into Neo4j. Articles already in the database are replaced.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { extract } from './extract.js';
import { loadInto } from './load.js';
import { neo4jCommandConfig } from './neo4j-config.js';

export const INGEST_USAGE = `usage: kg ingest <files|dirs…> [--graph data/graph.jsonl] [--identity decisions.json] [--workers N] [--batch-size N] [--quiet]
  Extracts the articles into --graph (with the identity decisions of --identity, default KG_IDENTITY),
  then loads it into Neo4j (see kg load for the settings).
  Re-ingesting an article replaces the facts it supported.`;

export async function ingest(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      graph: { type: 'string' },
      identity: { type: 'string' },
      workers: { type: 'string', short: 'w', default: '1' },
      'batch-size': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
    },
  });
  if (positionals.length === 0) {
    process.stderr.write(`${INGEST_USAGE}\n`);
    return 2;
  }
  const settings = neo4jCommandConfig('ingest', values['batch-size']);
  if (!settings) return 2;
  const { config, neo4j } = settings;
  const graph = values.graph ?? join(config.dataDir, 'graph.jsonl');
  const quiet = values.quiet ? ['--quiet'] : [];
  const identity = values.identity ? ['--identity', values.identity] : [];
  const extracted = await extract([...positionals, '--out', graph, '--workers', values.workers, ...identity, ...quiet]);
  // Inputs that failed are reported by extract; the others are still loaded.
  if (extracted === 2) return 2;
  const loaded = await loadInto(graph, neo4j, config.batchSize, values.quiet ?? false);
  return Math.max(extracted, loaded);
}
