/**
 * kg: the command line.
 *   kg extract <files|dirs…>   articles → graph.jsonl
 *   kg load <graph.jsonl>      graph.jsonl → Neo4j
 *   kg ingest <files|dirs…>    both
 */
import { extract, EXTRACT_USAGE } from './commands/extract.js';
import { ingest, INGEST_USAGE } from './commands/ingest.js';
import { load, LOAD_USAGE } from './commands/load.js';

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = { extract, load, ingest };

async function main([command, ...args]: string[]): Promise<number> {
  const run = command ? COMMANDS[command] : undefined;
  if (run) return run(args);
  process.stderr.write(`${[EXTRACT_USAGE, LOAD_USAGE, INGEST_USAGE].join('\n\n')}\n`);
  return command === undefined || command === '--help' || command === '-h' ? 0 : 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`kg: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
