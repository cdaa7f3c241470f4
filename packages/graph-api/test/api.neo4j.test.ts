/**
 * The graph API over a real Neo4j loaded with the seeds: the same answers as the embedded store for
 * the main endpoints (the store contract suite checks all of them), and the read-only Cypher endpoint:
 * reads pass with caps, writes, files, network and unknown procedures are refused with a clear 400
 * (every way around that check: cypher-security.neo4j.test.ts).
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadGraphFile, Neo4jStore } from '@vnkg/store';

import { extractSeeds, query, testDriver, testSettings, wipe } from '../../store/test/neo4j-helpers.js';
import { startApi, type TestApi } from './api-helpers.js';

let api: TestApi;
let store: Neo4jStore;

beforeAll(async () => {
  const driver = await testDriver();
  await wipe(driver);
  await loadGraphFile(driver, (await extractSeeds()).path, { database: testSettings().database, batchSize: 100 });
  store = new Neo4jStore(driver, testSettings().database);
  api = await startApi(store, { cypherLimits: { timeoutMs: 2_000, maxRows: 100, maxBytes: 1_000_000 } });
});
afterAll(async () => {
  await api.close();
  await store.close();
});

const cypher = (body: unknown) => api.post('/api/cypher', JSON.stringify(body));

describe('over Neo4j', () => {
  it('answers who held an office at a date', async () => {
    const { body } = await api.get(`/api/positions/holders?title=${encodeURIComponent('Trưởng ban Tổ chức TW')}&at=2025-03-01`);
    expect(body.holders[0]).toMatchObject({ person: { name: 'Lê Minh Hưng' }, atDate: true });
    expect((await api.get('/api/health')).body.store).toBe('neo4j');
  });

  it('runs a read query with parameters', async () => {
    const { status, body } = await cypher({ query: 'MATCH (p:Person {name: $name})-[:HELD_POSITION]->(o) RETURN o.title AS title ORDER BY title', params: { name: 'Lê Minh Hưng' } });
    expect(status).toBe(200);
    expect(body).toEqual({ columns: ['title'], rows: [['Bí thư Trung ương Đảng'], ['Trưởng Ban Tổ chức Trung ương'], ['Ủy viên Bộ Chính trị']], truncated: false });
  });

  it('returns nodes as labels and properties', async () => {
    const { body } = await cypher({ query: "MATCH (p:Person {name: 'Tô Lâm'}) RETURN p" });
    expect(body.rows[0][0]).toMatchObject({ labels: ['Person'], properties: { name: 'Tô Lâm' } });
  });

  it('stops at the row cap and says so', async () => {
    const { body } = await cypher({ query: 'UNWIND range(1, 5000) AS n RETURN n' });
    expect(body.rows).toHaveLength(100);
    expect(body.truncated).toBe(true);
  });

  it.each([
    ['a write', "CREATE (:Person {name: 'Intruder'})", /plan has Create/],
    ['a write hidden after a read', "MATCH (n) WITH n LIMIT 1 SET n.name = 'x' RETURN n", /plan has SetProperty/],
    ['a schema change', 'CREATE INDEX x FOR (n:Person) ON (n.x)', /only queries that read/],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", /plan has LoadCSV/],
    ['LOAD CSV from the network', "load csv from 'http://example.com/x.csv' as l return l", /plan has LoadCSV/],
    ['an unlisted procedure', 'CALL dbms.listConfig() YIELD name RETURN name', /procedure dbms.listConfig is not allowed/],
    ['a syntax error', 'MATCH (n RETURN n', /Invalid input|syntax/i],
  ])('refuses %s with a 400', async (_name, text, message) => {
    const { status, body } = await cypher({ query: text });
    expect(status).toBe(400);
    expect(body.error.message).toMatch(message);
    expect(await query(await testDriver(), "MATCH (p:Person {name: 'Intruder'}) RETURN p")).toEqual([]);
  });

  it('allows the full-text search procedure', async () => {
    const { status, body } = await cypher({ query: "CALL db.index.fulltext.queryNodes('entity_search', 'to lam') YIELD node RETURN node.name AS name LIMIT 1" });
    expect(status).toBe(200);
    expect(body.rows).toEqual([['Tô Lâm']]);
  });

  it('stops a query that runs too long', async () => {
    const { status, body } = await cypher({ query: 'UNWIND range(1, 100000000) AS n WITH n WHERE n % 7 = 100 RETURN count(n)' });
    expect(status).toBe(400);
    expect(body.error.code).toBe('cypher_timeout');
  });
});

describe('when Neo4j is unreachable', () => {
  it('answers 503, and the message does not leak internals', async () => {
    const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'secret-pw'), { connectionTimeout: 2000, maxTransactionRetryTime: 2000 });
    const down = await startApi(new Neo4jStore(driver, 'neo4j'));
    const { status, body } = await down.get('/api/search?q=to%20lam');
    await down.close();
    await driver.close();
    expect(status).toBe(503);
    expect(body.error).toEqual({ code: 'store_unavailable', message: expect.not.stringContaining('secret') });
  });
});

/**
 * A TCP relay to the test Neo4j that can be cut and restored (an outage on the wire), or frozen: bytes
 * are held, not passed, as from a server that stopped answering without closing, until it thaws.
 */
async function relay(to: URL): Promise<{ port: number; cut: () => Promise<void>; restore: () => Promise<void>; dropNextRequest: () => void; freeze: () => void; thaw: () => void }> {
  const sockets = new Set<Socket>();
  let server: Server;
  let dropNext = false;
  let frozen = false;
  const listen = (port: number) =>
    new Promise<number>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(Number(to.port), to.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => socket.destroy());
        }
        // What the client sends is passed on, unless a drop is armed: then that connection dies on it.
        client.on('data', (chunk) => {
          if (!dropNext) return void upstream.write(chunk);
          dropNext = false;
          client.destroy();
          upstream.destroy();
        });
        upstream.pipe(client);
        // Frozen: nothing the server sends reaches the client until thaw().
        const pauseIfFrozen = () => frozen && upstream.pause();
        upstream.on('data', pauseIfFrozen);
        paused.push(upstream);
      }).listen(port, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
    });
  const paused: Socket[] = [];
  const port = await listen(0);
  return {
    freeze: () => {
      frozen = true;
      for (const socket of paused) socket.pause();
    },
    thaw: () => {
      frozen = false;
      for (const socket of paused) socket.resume();
    },
    port,
    cut: () => new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
    restore: async () => void (await listen(port)),
    dropNextRequest: () => void (dropNext = true),
  };
}

/** The API over the test Neo4j, reached through a relay that can cut or drop the connection. */
async function apiThroughRelay(options: { poolSize?: number; storeTimeoutMs?: number } = {}) {
  const settings = testSettings();
  const wire = await relay(new URL(settings.uri.replace('bolt://', 'http://')));
  const driver = neo4j.driver(`bolt://127.0.0.1:${wire.port}`, neo4j.auth.basic(settings.user, settings.password), { connectionTimeout: 2000, maxTransactionRetryTime: 2000, disableLosslessIntegers: true, maxConnectionPoolSize: options.poolSize ?? 100, connectionAcquisitionTimeout: 60_000 });
  const flaky = await startApi(new Neo4jStore(driver, settings.database), { storeTimeoutMs: options.storeTimeoutMs ?? 20_000 });
  const close = async () => {
    await flaky.close();
    await driver.close();
    await wire.cut();
  };
  return { wire, flaky, close };
}

describe('when Neo4j goes away and comes back', () => {
  it('answers 503 during the outage and recovers by itself', async () => {
    const { wire, flaky, close } = await apiThroughRelay();
    try {
      expect((await flaky.get('/api/search?q=to%20lam')).status).toBe(200);
      await wire.cut();
      expect((await flaky.get('/api/search?q=to%20lam')).status).toBe(503);
      await wire.restore();
      const after = await flaky.get('/api/search?q=to%20lam');
      expect(after.status).toBe(200);
      expect(after.body.results[0].name).toBe('Tô Lâm');
    } finally {
      await close();
    }
  });

  it('answers 503 within the store deadline while Neo4j is frozen, even with the pool used up, and recovers', async () => {
    const { wire, flaky, close } = await apiThroughRelay({ poolSize: 2, storeTimeoutMs: 1_500 });
    try {
      expect((await flaky.get('/api/search?q=to%20lam')).status).toBe(200);
      wire.freeze();
      // Twice the pool: the first two hold its connections on the frozen wire, the rest wait for one.
      const frozen = await Promise.all(['/api/search?q=to%20lam', '/api/health', '/api/nodes/person:t%C3%B4-l%C3%A2m', '/api/search?q=le'].map((path) => flaky.get(path)));
      for (const response of frozen) expect(response.body.error).toEqual({ code: 'store_unavailable', message: expect.stringMatching(/did not answer within 1.5 s/) });
      expect(frozen.map((response) => response.status)).toEqual([503, 503, 503, 503]);
      wire.thaw();
      let after = await flaky.get('/api/search?q=to%20lam');
      for (let tries = 0; after.status !== 200 && tries < 20; tries++) after = await flaky.get('/api/search?q=to%20lam');
      expect(after.body.results[0].name).toBe('Tô Lâm');
    } finally {
      wire.thaw();
      await close();
    }
  });

  it('runs a read again when its connection dies under it', async () => {
    const { wire, flaky, close } = await apiThroughRelay();
    try {
      expect((await flaky.get('/api/search?q=to%20lam')).status).toBe(200); // a connection now waits in the pool
      wire.dropNextRequest();
      const again = await flaky.get('/api/search?q=to%20lam');
      expect(again.status).toBe(200);
      expect(again.body.results[0].name).toBe('Tô Lâm');
    } finally {
      await close();
    }
  });
});
