/**
 * POST /api/cypher under attack, on the real test Neo4j loaded with the seeds. Every probe tries to
 * read a file, the server's environment or settings, reach a URL, see or end other transactions, write,
 * or stall the server, and hides the forbidden clause from a text filter in its own way (whitespace that
 * Cypher accepts, comments, strings, `CYPHER` options, subqueries, `USE`). Each must be refused or fail
 * harmlessly: a 4xx with a code, nothing of the file, setting or URL in the answer, a listener on the
 * loopback never called, the graph unchanged. The server's own settings are checked apart, without the API.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadGraphFile, Neo4jStore } from '@vnkg/store';

import { countGraph, extractSeeds, query, testDriver, testSettings, wipe } from '../../store/test/neo4j-helpers.js';
import { startApi, type TestApi } from './api-helpers.js';

let api: TestApi;
let driver: Driver;
let store: Neo4jStore;
let listener: Server;
let listenerUrl: string;
let listenerCalls = 0;
let graphBefore: Record<string, number>;

beforeAll(async () => {
  driver = await testDriver();
  await wipe(driver);
  await loadGraphFile(driver, (await extractSeeds()).path, { database: testSettings().database, batchSize: 100 });
  graphBefore = await countGraph(driver);
  store = new Neo4jStore(await testDriver(), testSettings().database);
  api = await startApi(store, { cypherLimits: { timeoutMs: 3_000, maxRows: 100, maxBytes: 1_000_000 } });
  // A URL on the loopback that a query might try to fetch (server-side request forgery).
  listener = createServer((_req, res) => {
    listenerCalls += 1;
    res.end('secret-from-the-loopback\n');
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => listener.once('listening', resolve));
  listenerUrl = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/x.csv`;
});
afterAll(async () => {
  await api.close();
  await store.close();
  await driver.close();
  await new Promise((resolve) => listener.close(resolve));
});

const cypher = (body: unknown) => api.post('/api/cypher', JSON.stringify(body));

// Characters Cypher's lexer reads as whitespace, and comments: each may stand between two keywords.
const GAPS = ['\u001c', '\u001d', '\u001e', '\u001f', '\u000b', '\u000c', '\u00a0', '\u2028', '\u3000', '\t', '/* */', '//\n'];

const FILES = ['file:///etc/passwd', 'file:///proc/self/environ', 'file:///../../../../etc/passwd', 'file:///data/dbms/auth.ini'];

/** What no answer may contain: file lines, environment, settings, the loopback's reply, password material. */
const LEAKS = /root:|NEO4J_|PATH=|secret-from-the-loopback|kg-test-pass|SHA-256|dbms\.security|server\.directories|transactionId|clientAddress/;

/** Probes; LOOPBACK_URL stands for the listener's URL, known only once it listens. */
function probes(): Array<[string, string]> {
  const list: Array<[string, string]> = [];
  for (const gap of GAPS) {
    const shown = JSON.stringify(gap);
    list.push([`LOAD${shown}CSV of a file`, `LOAD${gap}CSV FROM 'file:///etc/passwd' AS line RETURN line`]);
    list.push([`SHOW${shown}SETTINGS`, `SHOW${gap}SETTINGS`]);
    list.push([`TERMINATE${shown}TRANSACTIONS`, `TERMINATE${gap}TRANSACTIONS 'neo4j-transaction-1'`]);
  }
  for (const file of FILES) list.push([`LOAD CSV of ${file}`, `LOAD CSV FROM '${file}' AS line RETURN line`]);
  list.push(
    ['LOAD CSV of a loopback URL', `LOAD CSV FROM 'LOOPBACK_URL' AS line RETURN line`],
    ['LOAD CSV of localhost', `LOAD CSV FROM 'LOOPBACK_URL_AS_LOCALHOST' AS line RETURN line`],
    ['LOAD CSV after // inside a string', `RETURN '//' AS x\nUNION LOAD CSV FROM 'file:///etc/passwd' AS x RETURN x[0] AS x`],
    ['LOAD CSV after /* inside a string', `WITH '/*' AS a LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line, '*/' AS b`],
    ['LOAD CSV in a subquery', `CALL { LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line } RETURN line`],
    ['LOAD CSV in a scoped subquery', `CALL () { LOAD CSV FROM 'LOOPBACK_URL' AS line RETURN line } RETURN line`],
    ['LOAD CSV after USE', `USE neo4j LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line`],
    ['LOAD CSV with a URL built at run time', `WITH 'fi' + 'le:///etc/passwd' AS u LOAD CSV FROM u AS line RETURN line`],
    ['LOAD CSV with a URL from a parameter', `LOAD CSV FROM $url AS line RETURN line`],
    ['LOAD CSV with headers in lower case', `load csv with headers from 'file:///etc/passwd' as row return row`],
    ['a unicode escape for a space', 'LOAD\\u0020CSV FROM \'file:///etc/passwd\' AS line RETURN line'],
    ['CYPHER runtime=slotted SHOW SETTINGS', 'CYPHER runtime=slotted SHOW SETTINGS'],
    ['CYPHER 5 SHOW SETTINGS', 'CYPHER 5 SHOW SETTINGS YIELD name, value RETURN name, value'],
    ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS'],
    ['SHOW PROCEDURES', 'SHOW PROCEDURES'],
    ['SHOW FUNCTIONS', 'SHOW FUNCTIONS'],
    ['SHOW USERS', 'SHOW USERS'],
    ['SHOW DATABASES', 'SHOW DATABASES'],
    ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
    ['USE system', 'USE system SHOW USERS'],
    ['USE system with MATCH', 'USE system MATCH (n) RETURN n'],
    ['dbms.listConfig', 'CALL dbms.listConfig() YIELD name, value RETURN name, value'],
    ['dbms.listConfig in lower case', 'call DBMS.LISTCONFIG() yield name, value return name, value'],
    ['dbms.listConfig in backticks', 'CALL `dbms`.`listConfig`() YIELD name, value RETURN name, value'],
    ['dbms.listConnections', 'CALL dbms.listConnections()'],
    ['dbms.components', 'CALL dbms.components()'],
    ['a procedure in a subquery', 'CALL { CALL dbms.listConfig() YIELD name RETURN name } RETURN name'],
    ['a write', "CREATE (:Person {name: 'Intruder'})"],
    ['a MERGE', "MERGE (:Person {name: 'Intruder'})"],
    ['a delete', 'MATCH (n:Person) DETACH DELETE n'],
    ['a write in FOREACH', "FOREACH (x IN [1] | CREATE (:Person {name: 'Intruder'}))"],
    ['a write in a subquery', "CALL { CREATE (:Person {name: 'Intruder'}) } RETURN 1"],
    ['a write in transactions', "UNWIND [1] AS x CALL (x) { CREATE (:Person {name: 'Intruder'}) } IN TRANSACTIONS RETURN x"],
    ['reads in transactions', 'CALL () { MATCH (n) RETURN n } IN TRANSACTIONS RETURN count(n)'],
    ['a label removed', 'MATCH (n:Person) REMOVE n:Person RETURN n'],
    ['a schema change', 'CREATE INDEX intruder FOR (n:Person) ON (n.x)'],
    ['a user created', "CREATE USER intruder SET PASSWORD 'intruder-pass'"],
    ['a password changed', "ALTER USER neo4j SET PASSWORD 'intruder-pass'"],
    ['a database stopped', 'STOP DATABASE neo4j'],
    ['two statements', "MATCH (n) RETURN n; CREATE (:Person {name: 'Intruder'})"],
    ['PROFILE', 'PROFILE MATCH (n) RETURN n'],
    ['EXPLAIN', "EXPLAIN LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
    ['brackets nested 500 deep', `RETURN ${'('.repeat(500)}1${')'.repeat(500)} AS n`],
    ['lists nested 500 deep', `RETURN ${'['.repeat(500)}1${']'.repeat(500)} AS n`],
  );
  return list;
}

describe('POST /api/cypher refuses every way around read-only', () => {
  it.each(probes())('%s', async (_name, text) => {
    const probe = text.replaceAll('LOOPBACK_URL_AS_LOCALHOST', listenerUrl.replace('127.0.0.1', 'localhost')).replaceAll('LOOPBACK_URL', listenerUrl);
    const { status, body } = await cypher({ query: probe, params: { url: 'file:///etc/passwd' } });
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(body.error.code).toMatch(/^cypher_(refused|error|failed)$/);
    expect(JSON.stringify(body)).not.toMatch(LEAKS);
  });

  it('leaves the graph as it was, fetched no URL and created no user', async () => {
    expect(await countGraph(driver)).toEqual(graphBefore);
    expect(listenerCalls).toBe(0);
    expect(await query(driver, "MATCH (p:Person {name: 'Intruder'}) RETURN p")).toEqual([]);
    const users = await driver.executeQuery('SHOW USERS YIELD user RETURN user', {}, { database: 'system' });
    expect(users.records.map((record) => record.get('user'))).toEqual(['neo4j']);
  });

  it('refuses parameters nested 20,000 deep with a 400, not a crash', async () => {
    const nested = `${'['.repeat(20_000)}1${']'.repeat(20_000)}`;
    const response = await api.post('/api/cypher', `{"query": "RETURN $x AS x", "params": {"x": ${nested}}}`);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/nest deeper/);
  });

  it('answers a query that makes Neo4j fail with a 4xx, never a bare 500', async () => {
    const { status, body } = await cypher({ query: 'MATCH p = shortestPath((a)-[*]-(b)) RETURN length(p) AS n LIMIT 5' });
    expect(status).toBeLessThan(500);
    if (status !== 200) expect(body.error.code).toMatch(/^cypher_/);
  });

  it('still runs what researchers do: schema listings, counts, paths, subqueries', async () => {
    for (const text of [
      'CALL db.labels() YIELD label RETURN label ORDER BY label',
      'CALL db.schema.visualization()',
      'MATCH (p:Person)-[:HELD_POSITION]->(o:Position) RETURN o.title AS title, count(p) AS n ORDER BY n DESC LIMIT 3',
      'MATCH (p:Person) CALL (p) { MATCH (p)-[:ATTENDED]->(e) RETURN count(e) AS events } RETURN p.name, events ORDER BY events DESC LIMIT 3',
      'MATCH (a:Person), (b:Person) WHERE a.name < b.name MATCH path = shortestPath((a)-[*..4]-(b)) RETURN length(path) AS hops LIMIT 3',
      'MATCH (p:Person) RETURN p.name AS name, COUNT { (p)--() } AS degree, EXISTS { (p)-[:ATTENDED]->() } AS attended ORDER BY degree DESC LIMIT 3',
      'USE neo4j MATCH (n:Resolution) RETURN n.number AS number UNION MATCH (n:Congress) RETURN n.name AS number',
    ]) {
      const { status, body } = await cypher({ query: text });
      expect({ text, status, error: body.error }).toEqual({ text, status: 200, error: undefined });
    }
  });
});

describe('the server itself (tools/neo4j-local), without the API', () => {
  it.each(FILES)('refuses LOAD CSV of %s', async (file) => {
    await expect(query(driver, `LOAD CSV FROM '${file}' AS line RETURN line`)).rejects.toThrow(/allow_csv_import_from_file_urls/);
  });

  it('refuses LOAD CSV of any URL on the loopback', async () => {
    await expect(query(driver, `LOAD CSV FROM '${listenerUrl}' AS line RETURN line`)).rejects.toThrow(/blocked/);
    await expect(query(driver, `LOAD CSV FROM '${listenerUrl.replace('127.0.0.1', 'localhost')}' AS line RETURN line`)).rejects.toThrow(/blocked/);
    expect(listenerCalls).toBe(0);
  });
});

describe('one slow query does not hold up the others', () => {
  // A single expression that ignores the transaction timeout until it is done (seconds of CPU).
  const HEAVY = "RETURN size(reduce(s = '', x IN range(1, 60000) | s + 'xxxxxxxxxx')) AS n";

  it('the typed endpoints answer while a heavy query runs', async () => {
    let heavyDone = false;
    const heavy = cypher({ query: HEAVY }).finally(() => (heavyDone = true));
    await new Promise((resolve) => setTimeout(resolve, 300)); // let it reach Neo4j
    for (let i = 0; i < 5; i++) {
      expect((await api.get('/api/health')).status).toBe(200);
      expect((await api.get('/api/search?q=to%20lam')).body.results[0].name).toBe('Tô Lâm');
    }
    expect(heavyDone).toBe(false);
    expect((await heavy).status).toBeLessThan(500);
  });

  it('past its slots, a query is told to come back (429), and its slot is free again once Neo4j is done', async () => {
    const narrow = await startApi(store, { cypherLimits: { timeoutMs: 1_000, maxRows: 10, maxBytes: 100_000 }, cypherConcurrency: { running: 1, waiting: 0 } });
    try {
      const heavy = narrow.post('/api/cypher', JSON.stringify({ query: HEAVY }));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const second = await narrow.post('/api/cypher', JSON.stringify({ query: 'RETURN 1 AS one' }));
      expect(second.status).toBe(429);
      expect(second.body.error.code).toBe('cypher_busy');
      // Usually the heavy query outlives the deadline (cypher_timeout); on a fast, quiet machine it may
      // finish first. Either way it must not fail otherwise.
      const heavyAnswer = await heavy;
      expect(heavyAnswer.status === 200 ? 'finished' : heavyAnswer.body.error.code).toMatch(/^(?:finished|cypher_timeout)$/);
      // The answer came at the deadline; the slot comes back when Neo4j ends the query.
      let third = await narrow.post('/api/cypher', JSON.stringify({ query: 'RETURN 1 AS one' }));
      for (let tries = 0; third.status === 429 && tries < 120; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        third = await narrow.post('/api/cypher', JSON.stringify({ query: 'RETURN 1 AS one' }));
      }
      expect(third).toMatchObject({ status: 200, body: { rows: [[1]] } });
    } finally {
      await narrow.close();
    }
  });
});
