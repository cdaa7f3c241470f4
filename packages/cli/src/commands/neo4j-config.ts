/** The settings of a command that writes to Neo4j (kg load, kg ingest), or why there are none. */
import type { Neo4jSettings } from '@vnkg/store';

import { readConfig, type Config } from '../config.js';

/** The config with `--batch-size` applied and Neo4j set; prints the reason and gives null otherwise. */
export function neo4jCommandConfig(command: string, batchSize: string | undefined): { config: Config; neo4j: Neo4jSettings } | null {
  let config: Config;
  try {
    config = readConfig(batchSize ? { ...process.env, KG_BATCH_SIZE: batchSize } : process.env);
  } catch (error) {
    process.stderr.write(`kg ${command}: ${(error as Error).message}\n`);
    return null;
  }
  if (!config.neo4j) {
    process.stderr.write(`kg ${command}: NEO4J_URI is not set; start a local server with \`pnpm neo4j:start\` and set NEO4J_URI=bolt://127.0.0.1:7687\n`);
    return null;
  }
  return { config, neo4j: config.neo4j };
}
