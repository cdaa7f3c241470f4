/**
 * pnpm bench load [--records 200000] [--batch-sizes 500,2000,5000,10000] [--warmups 3] [--rounds 2]
 * Loads a generated graph (the shape of a real extraction) into the Neo4j at NEO4J_URI, emptied
 * before each load, and prints nodes+relationships per second. Start a local server with
 * `pnpm neo4j:start`; the database is wiped, so never point this at one you care about. Records are
 * the lines of the file; nodes and relationships are what the database holds after the load (nodes of
 * every label incl. Article; relationships incl. MENTIONED_IN, one per node and article).
 *
 * A freshly started server loads at half its speed or less while the JVM compiles the write path, and
 * keeps getting faster for several loads. So: the warm-up loads come first (printed, the first one is
 * what a user sees right after `pnpm neo4j:start`), then every batch size once per round, rounds in
 * alternating order so that a server still warming up favours no size; the last lines give each
 * size's mean.
 */
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { readConfig } from '../packages/cli/src/config.js';
import { connectNeo4j, loadGraphFile, syntheticGraph } from '../packages/store/src/index.js';

const { values } = parseArgs({
  args: process.argv.slice(3),
  options: {
    records: { type: 'string', default: '200000' },
    'batch-sizes': { type: 'string', default: '500,2000,5000,10000' },
    warmups: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '2' },
  },
});
const settings = readConfig().neo4j;
if (!settings) {
  process.stderr.write('bench load: set NEO4J_URI (and NEO4J_PASSWORD); `pnpm neo4j:start` starts a local server\n');
  process.exit(2);
}
// About 23 records per article in the synthetic graph.
const articles = Math.ceil(Number(values.records) / 23);
const path = join(tmpdir(), `vnkg-bench-graph-${articles}.jsonl`);
const out = createWriteStream(path);
let records = 0;
for (const record of syntheticGraph({ articles })) {
  records += 1;
  if (!out.write(`${JSON.stringify(record)}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
}
await new Promise((resolve) => out.end(resolve));
process.stderr.write(`generated ${records} records in ${path}\n`);

const { database } = settings;
const driver = await connectNeo4j(settings);
const batchSizes = values['batch-sizes'].split(',').map(Number);
const warmups = Array<number>(Number(values.warmups)).fill(5000);
const rounds = Array.from({ length: Number(values.rounds) }, (_, round) => (round % 2 ? [...batchSizes].reverse() : batchSizes));

/** Empties the database, loads the file once and prints the figures; returns nodes+relationships/s. */
async function timedLoad(batchSize: number, label: string): Promise<number> {
  const session = driver.session({ database: database });
  await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  await session.close();
  const startedAt = process.hrtime.bigint();
  const summary = await loadGraphFile(driver, path, { database: database, batchSize });
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
  const written = summary.articles + summary.nodes + summary.edges;
  // The graph holds more than the file's records: each node is also linked to its articles (MENTIONED_IN).
  const counted = await driver.executeQuery('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships', {}, { database: database });
  const nodes = Number(counted.records[0]?.get('nodes'));
  const relationships = Number(counted.records[0]?.get('relationships'));
  const rate = (nodes + relationships) / seconds;
  console.log(
    `${label}batch_size=${batchSize} records=${written} nodes=${nodes} relationships=${relationships} seconds=${seconds.toFixed(1)} ` +
      `records_s=${(written / seconds).toFixed(0)} nodes_rels_s=${rate.toFixed(0)}`,
  );
  return rate;
}

for (const [run, batchSize] of warmups.entries()) await timedLoad(batchSize, `warmup ${run + 1}/${warmups.length} `);
const rates = new Map<number, number[]>(batchSizes.map((size) => [size, []]));
for (const [round, sizes] of rounds.entries()) {
  for (const batchSize of sizes) rates.get(batchSize)!.push(await timedLoad(batchSize, `round ${round + 1} `));
}
for (const [batchSize, runs] of rates) {
  const mean = runs.reduce((sum, rate) => sum + rate, 0) / runs.length;
  console.log(`mean batch_size=${batchSize} runs=${runs.length} nodes_rels_s=${mean.toFixed(0)} (${runs.map((rate) => rate.toFixed(0)).join(', ')})`);
}
await driver.close();
