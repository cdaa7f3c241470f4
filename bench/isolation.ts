/**
 * pnpm bench isolation [--articles 6000] [--seconds 10] [--stores embedded,neo4j] [--reuse]
 * Whether heavy requests leave the rest of the API answering: p50/p95/max latency of /api/health and
 * /api/search (4 clients each, one after another) alone, then while heavy work runs beside them:
 * - embedded: 8 whole-graph GEXF exports at once, again and again; the overview at a sixth of the traffic;
 * - neo4j: worst-case researchers' queries (a string-building reduce that ignores its timeout inside one
 *   expression, a cartesian count, an unbounded path), 4 clients sending them over and over.
 * The server runs in a child process. The Neo4j run needs NEO4J_URI and wipes that database (--reuse:
 * keep what a previous run loaded).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { readConfig } from '../packages/cli/src/config.js';
import { connectNeo4j, loadGraphFile, syntheticGraph } from '../packages/store/src/index.js';

const { values } = parseArgs({
  args: process.argv.slice(3),
  options: { articles: { type: 'string', default: '6000' }, seconds: { type: 'string', default: '10' }, stores: { type: 'string', default: 'embedded,neo4j' }, reuse: { type: 'boolean', default: false } },
});
const seconds = Number(values.seconds);
const PORT = 18_081;

const graphPath = join(tmpdir(), `vnkg-bench-isolation-${values.articles}.jsonl`);
const out = createWriteStream(graphPath);
const names: string[] = [];
let nodes = 0;
for (const record of syntheticGraph({ articles: Number(values.articles) })) {
  if (record.kind === 'node') nodes += 1;
  if (record.kind === 'node' && record.label === 'Person' && names.length < 500) names.push(String(record.props.name));
  if (!out.write(`${JSON.stringify(record)}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
}
await new Promise((resolve) => out.end(resolve));
console.log(`graph: ${nodes} nodes (${graphPath})`);

interface Sent {
  ms: number;
  status: number;
}

function send(agent: Agent, path: string, body?: string): Promise<Sent> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const done = (status: number) => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, status });
    const req = request({ host: '127.0.0.1', port: PORT, path, agent, method: body ? 'POST' : 'GET', headers: body ? { 'content-type': 'application/json' } : {} }, (response) => {
      response.resume();
      response.on('end', () => done(response.statusCode ?? 0));
    }).on('error', () => done(0));
    req.end(body);
  });
}

/** Clients sending one request after another until `until`. */
async function clients(count: number, until: number, next: () => [string, string?]): Promise<Sent[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: count });
  const sent: Sent[] = [];
  await Promise.all(Array.from({ length: count }, async () => {
    while (Date.now() < until) sent.push(await send(agent, ...next()));
  }));
  agent.destroy();
  return sent;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
let cursor = 0;
const light: Record<string, () => [string]> = {
  health: () => ['/api/health'],
  search: () => [`/api/search?q=${encodeURIComponent(names[(cursor = (cursor + 7) % names.length)]!.split(' ').slice(0, 2).join(' '))}&limit=10`],
};

async function measure(store: string, situation: string, heavy: (until: number) => Promise<Sent[]>) {
  const until = Date.now() + seconds * 1000;
  const [heavySent, ...lightSent] = await Promise.all([heavy(until), ...Object.values(light).map((next) => clients(4, until, next))]);
  Object.keys(light).forEach((name, i) => {
    const sent = lightSent[i]!;
    const ms = sent.map((s) => s.ms).sort((a, b) => a - b);
    const errors = sent.filter((s) => s.status !== 200).length;
    console.log(`store=${store} while=${situation} endpoint=${name} requests=${sent.length} p50_ms=${percentile(ms, 50).toFixed(1)} p95_ms=${percentile(ms, 95).toFixed(1)} max_ms=${ms.at(-1)?.toFixed(0)} errors=${errors}`);
  });
  if (heavySent.length) {
    const statuses = Object.entries(heavySent.reduce<Record<number, number>>((count, s) => ({ ...count, [s.status]: (count[s.status] ?? 0) + 1 }), {}));
    console.log(`store=${store} while=${situation} heavy_requests=${heavySent.length} heavy_statuses=${statuses.map(([status, n]) => `${status}:${n}`).join(',')}`);
  }
}

const WORST_QUERIES = [
  "RETURN size(reduce(s = '', x IN range(1, 200000) | s + 'xxxxxxxxxx')) AS n",
  'MATCH (a), (b), (c), (d), (e) RETURN count(*) AS n',
  'MATCH p = (a)-[*]-(b) RETURN p',
];

async function startServer(store: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'api-server.ts'), store, graphPath, String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => server.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve(null)));
  return server;
}

for (const store of values.stores.split(',')) {
  if (store === 'neo4j') {
    const settings = readConfig().neo4j;
    if (!settings) {
      console.log('neo4j: skipped (set NEO4J_URI and NEO4J_PASSWORD; `pnpm neo4j:start` starts a local server)');
      continue;
    }
    if (!values.reuse) {
      const driver = await connectNeo4j(settings);
      const session = driver.session({ database: settings.database });
      await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      await session.close();
      await loadGraphFile(driver, graphPath, { database: settings.database, batchSize: 5000 });
      await driver.close();
    }
  }
  const server = await startServer(store);
  await measure(store, 'warm-up', async () => []);
  await measure(store, 'nothing', async () => []);
  if (store === 'embedded') {
    await measure(store, '8-gexf-exports', (until) => clients(8, until, () => ['/api/export?format=gexf&limit=200000']));
    await measure(store, 'overview-sixth', (until) => clients(2, until, () => ['/api/graph/overview?limit=300']));
  } else {
    let which = 0;
    await measure(store, 'worst-case-cypher', (until) => clients(4, until, () => ['/api/cypher', JSON.stringify({ query: WORST_QUERIES[which++ % WORST_QUERIES.length] })]));
  }
  server.kill('SIGTERM');
}
