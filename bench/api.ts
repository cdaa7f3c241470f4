/**
 * pnpm bench api [--articles 13000] [--seconds 10] [--clients 20] [--stores embedded,neo4j] [--reuse]
 * Latency (p50/p95/p99) and requests/s of search, holders, timeline and neighbourhood, on a generated
 * graph (default about 100k nodes and 340k edges), for each store, with 20 concurrent keep-alive
 * clients on loopback. The server runs in a child process. The Neo4j run needs NEO4J_URI and wipes
 * that database (--reuse: measure the graph a previous run loaded, without reloading).
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { readConfig } from '../packages/cli/src/config.js';
import { connectNeo4j, loadGraphFile, syntheticGraph } from '../packages/store/src/index.js';

const { values } = parseArgs({
  args: process.argv.slice(3),
  options: { articles: { type: 'string', default: '13000' }, seconds: { type: 'string', default: '10' }, clients: { type: 'string', default: '20' }, stores: { type: 'string', default: 'embedded,neo4j' }, reuse: { type: 'boolean', default: false } },
});
const articles = Number(values.articles);
const seconds = Number(values.seconds);
const clients = Number(values.clients);
const PORT = 18_080;

// The graph: three offices and three events per person give ≥ 3 edges per node.
const graphPath = join(tmpdir(), `vnkg-bench-api-${articles}.jsonl`);
const out = createWriteStream(graphPath);
const persons: Array<{ id: string; name: string }> = [];
const titles: string[] = [];
let nodes = 0;
let edges = 0;
for (const record of syntheticGraph({ articles, officesPerPerson: 3, eventsPerPerson: 3 })) {
  if (record.kind === 'node') {
    nodes += 1;
    if (record.label === 'Person') persons.push({ id: record.id, name: String(record.props.name) });
    if (record.label === 'Position') titles.push(String(record.props.title));
  }
  if (record.kind === 'edge') edges += 1;
  if (!out.write(`${JSON.stringify(record)}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
}
await new Promise((resolve) => out.end(resolve));
console.log(`graph: ${nodes} nodes, ${edges} edges (${graphPath})`);

let cursor = 0;
const next = <T>(items: T[]): T => items[(cursor = (cursor * 1103515245 + 12345) % 2147483648) % items.length]!;
const q = encodeURIComponent;
const endpoints: Record<string, () => string> = {
  search: () => `/api/search?q=${q(next(persons).name.split(' ').slice(0, 2).join(' ').normalize('NFD').replace(/\p{M}/gu, ''))}&limit=10`,
  holders: () => `/api/positions/holders?title=${q(next(titles))}&at=2020-06-30`,
  timeline: () => `/api/persons/${q(next(persons).id)}/timeline`,
  neighborhood: () => `/api/graph/neighborhood?id=${q(next(persons).id)}&depth=2&limit=200`,
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function measure(path: () => string): Promise<{ p50: number; p95: number; p99: number; rps: number; errors: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  const one = () =>
    new Promise<void>((resolve) => {
      const started = process.hrtime.bigint();
      request({ host: '127.0.0.1', port: PORT, path: path(), agent }, (response) => {
        response.resume();
        response.on('end', () => {
          if (response.statusCode !== 200) errors += 1;
          latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
          resolve();
        });
      })
        .on('error', () => {
          errors += 1;
          resolve();
        })
        .end();
    });
  const startedAt = Date.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    while (Date.now() < until) await one();
  }));
  agent.destroy();
  const elapsed = (Date.now() - startedAt) / 1000;
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), rps: latencies.length / elapsed, errors };
}

for (const store of values.stores.split(',')) {
  if (store === 'neo4j' && !values.reuse) {
    const settings = readConfig().neo4j;
    if (!settings) {
      console.log('neo4j: skipped (set NEO4J_URI and NEO4J_PASSWORD; `pnpm neo4j:start` starts a local server)');
      continue;
    }
    const driver = await connectNeo4j(settings);
    const session = driver.session({ database: settings.database });
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    await session.close();
    const startedAt = Date.now();
    await loadGraphFile(driver, graphPath, { database: settings.database, batchSize: 5000 });
    console.log(`neo4j: loaded in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
    await driver.close();
  }
  const server = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'api-server.ts'), store, graphPath, String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const startedAt = Date.now();
  await new Promise((resolve) => server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve(null)));
  console.log(`${store}: server ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  for (const [name, path] of Object.entries(endpoints)) {
    await measure(path); // warm-up pass, not reported
    const r = await measure(path);
    console.log(`store=${store} endpoint=${name} clients=${clients} p50_ms=${r.p50.toFixed(1)} p95_ms=${r.p95.toFixed(1)} p99_ms=${r.p99.toFixed(1)} requests_s=${r.rps.toFixed(0)} errors=${r.errors}`);
  }
  server.kill('SIGTERM');
}
