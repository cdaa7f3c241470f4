/**
 * kg: the command line.
 *   kg extract <files|dirs…>   articles → graph.jsonl
 *   kg load <graph.jsonl>      graph.jsonl → Neo4j
 *   kg ingest <files|dirs…>    both
 *   kg serve --graph <file>    the API over an extraction (embedded store), or over Neo4j (NEO4J_URI)
 *   kg start                   extract the corpus, store it, serve (pnpm start)
 */
import { extract, EXTRACT_USAGE } from './commands/extract.js';
import { ingest, INGEST_USAGE } from './commands/ingest.js';
import { load, LOAD_USAGE } from './commands/load.js';
import { serve, SERVE_USAGE } from './commands/serve.js';
import { start } from './commands/start.js';

const START_USAGE = `usage: kg start   (pnpm start)
  Extracts CORPUS_DIR (default seeds/) into the store (Neo4j when NEO4J_URI is set, else the embedded
  store saved under DATA_DIR) and serves the API and viewer on PORT (default 8080).`;

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = { extract, load, ingest, serve, start };

async function main([command, ...args]: string[]): Promise<number> {
  const run = command ? COMMANDS[command] : undefined;
  if (run) return run(args);
  process.stderr.write(`${[EXTRACT_USAGE, LOAD_USAGE, INGEST_USAGE, SERVE_USAGE, START_USAGE].join('\n\n')}\n`);
  return command === undefined || command === '--help' || command === '-h' ? 0 : 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`kg: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
