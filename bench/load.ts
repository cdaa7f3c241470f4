/**
 * pnpm bench load [--records 200000] [--batch-sizes 500,2000,5000,10000]
 * Loads a generated graph (the shape of a real extraction) into the Neo4j at NEO4J_URI, emptied
 * first, once per batch size, and prints nodes+relationships per second. Start a local server with
 * `pnpm neo4j:start`; the database is wiped, so never point this at one you care about. Records are
 * the lines of the file; nodes and relationships are what the database holds after the load (nodes of
 * every label incl. Article; relationships incl. MENTIONED_IN, one per node and article).
 */
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { readConfig } from '../packages/cli/src/config.js';
import { connectNeo4j, loadGraphFile, syntheticGraph } from '../packages/store/src/index.js';

const { values } = parseArgs({ args: process.argv.slice(3), options: { records: { type: 'string', default: '200000' }, 'batch-sizes': { type: 'string', default: '500,2000,5000,10000' } } });
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
  if (!out.write(`${JSON.stringify(record)}\n`)) await new Promise((resolve) => out.once('drain', resolve));
}
await new Promise((resolve) => out.end(resolve));
process.stderr.write(`generated ${records} records in ${path}\n`);

const driver = await connectNeo4j(settings);
// The first load after a server start runs while the JVM is still compiling the write path: it is
// printed, marked as the warm-up, and the batch sizes are compared on the runs after it.
const batchSizes = values['batch-sizes'].split(',').map(Number);
for (const [run, batchSize] of [batchSizes[0] ?? 5000, ...batchSizes].entries()) {
  const session = driver.session({ database: settings.database });
  await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  await session.close();
  const startedAt = process.hrtime.bigint();
  const summary = await loadGraphFile(driver, path, { database: settings.database, batchSize });
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
  const written = summary.articles + summary.nodes + summary.edges;
  // The graph holds more than the file's records: each node is also linked to its articles (MENTIONED_IN).
  const counted = await driver.executeQuery('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships', {}, { database: settings.database });
  const nodes = Number(counted.records[0]?.get('nodes'));
  const relationships = Number(counted.records[0]?.get('relationships'));
  console.log(
    `${run === 0 ? 'warmup ' : ''}batch_size=${batchSize} records=${written} nodes=${nodes} relationships=${relationships} seconds=${seconds.toFixed(1)} ` +
      `records_s=${(written / seconds).toFixed(0)} nodes_rels_s=${((nodes + relationships) / seconds).toFixed(0)}`,
  );
}
await driver.close();
