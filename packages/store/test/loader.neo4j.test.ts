/**
 * The loader against a real Neo4j: schema, idempotent reload, article replacement, bad lines,
 * missing endpoints, search without diacritics, and a load killed half-way.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { EdgeRecord, GraphRecord, NodeRecord } from '@vnkg/extractor';

import { ensureSchema, loadGraphFile, NAME_INDEX, NODE_LABELS, syntheticGraph, type BadLine } from '../src/index.js';
import { countGraph, extractSeeds, fingerprint, query, testDriver, testSettings, wipe, writeRecords } from './neo4j-helpers.js';

let driver: Driver;
const load = (path: string, onBadLine?: (bad: BadLine) => void) => loadGraphFile(driver, path, { database: testSettings().database, batchSize: 7, onBadLine });

beforeAll(async () => {
  driver = await testDriver();
});
afterAll(async () => {
  await driver.close();
});
beforeEach(async () => {
  await wipe(driver);
});

const article = (id: string): GraphRecord => ({ kind: 'article', id, file: `${id}.txt`, title: `Bài ${id}`, published: '2025-03-05', url: null, source: null, byline: null, province: 'Cao Bằng' });
const node = (label: NodeRecord['label'], id: string, props: Record<string, unknown>, articles: string[]): NodeRecord => ({ kind: 'node', label, id, props, articles });
const held = (from: string, to: string, quotes: Record<string, string>): EdgeRecord => ({
  kind: 'edge',
  type: 'HELD_POSITION',
  from,
  to,
  props: { status: 'current' },
  articles: Object.keys(quotes),
  evidence: Object.entries(quotes).map(([articleId, quote]) => ({ article: articleId, quote, start: 0, end: quote.length, asOf: '2025-03-05' })),
});

describe('schema', () => {
  it('has a unique id per label, lookup indexes and the full-text index, and can be made twice', async () => {
    await ensureSchema(driver, testSettings().database);
    await ensureSchema(driver, testSettings().database);
    const constraints = (await query(driver, 'SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type')).filter((c) => c.type === 'UNIQUENESS');
    const constrained = constraints.map((c) => `${(c.labelsOrTypes as string[])[0]}.${(c.properties as string[])[0]}`);
    for (const label of [...NODE_LABELS, 'Article', 'Entity']) expect(constrained).toContain(`${label}.id`);
    const indexes = await query(driver, 'SHOW INDEXES YIELD name, type, state');
    expect(indexes).toContainEqual({ name: NAME_INDEX, type: 'FULLTEXT', state: 'ONLINE' });
    expect(indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['person_name', 'position_title', 'resolution_number']));
  });

  it('makes the full-text index again over every label when a database has it over fewer', async () => {
    const labelsOf = async () => ((await query(driver, `SHOW INDEXES YIELD name, labelsOrTypes WHERE name = '${NAME_INDEX}' RETURN labelsOrTypes`))[0]!.labelsOrTypes as string[]).sort();
    await query(driver, `DROP INDEX ${NAME_INDEX}`);
    await query(driver, `CREATE FULLTEXT INDEX ${NAME_INDEX} FOR (n:Person|Position) ON EACH [n.searchText]`);
    expect(await labelsOf()).toEqual(['Person', 'Position']);
    await ensureSchema(driver, testSettings().database);
    expect(await labelsOf()).toEqual([...NODE_LABELS].sort());
  });
});

describe('loading the seeds', () => {
  it('writes every record, and loading again leaves identical counts and evidence', async () => {
    const { path, records } = await extractSeeds();
    const summary = await load(path);
    const fileCount = (kind: string) => records.filter((r) => r.kind === kind).length;
    expect(summary).toMatchObject({ articles: fileCount('article'), nodes: fileCount('node'), edges: fileCount('edge'), badLines: 0, edgesWithoutEndpoint: 0 });

    const counts = await countGraph(driver);
    for (const label of NODE_LABELS) expect(counts[label] ?? 0).toBe(records.filter((r) => r.kind === 'node' && r.label === label).length);
    expect(counts.HELD_POSITION).toBe(records.filter((r) => r.kind === 'edge' && r.type === 'HELD_POSITION').length);
    const evidenceTotal = 'MATCH ()-[r]->() WHERE r.evidenceQuotes IS NOT NULL RETURN sum(size(r.evidenceQuotes)) AS n';
    const evidenceBefore = await query(driver, evidenceTotal);

    await load(path);
    expect(await countGraph(driver)).toEqual(counts);
    expect(await query(driver, evidenceTotal)).toEqual(evidenceBefore);
  });

  it('keeps each fact with its sentence and the date it was observed', async () => {
    await load((await extractSeeds()).path);
    const rows = await query(
      driver,
      `MATCH (p:Person {name: 'Lê Minh Hưng'})-[h:HELD_POSITION]->(o:Position {title: 'Trưởng Ban Tổ chức Trung ương'})
       RETURN h.status AS status, h.evidenceQuotes[0] AS quote, h.evidenceAsOf[0] AS asOf`,
    );
    expect(rows).toEqual([{ status: 'current', quote: expect.stringContaining('Lê Minh Hưng'), asOf: '2024-12-16' }]);
  });

  it('finds a person by a name typed without diacritics', async () => {
    await load((await extractSeeds()).path);
    const hits = await query(driver, `CALL db.index.fulltext.queryNodes('${NAME_INDEX}', 'le minh hung') YIELD node RETURN node.name AS name LIMIT 1`);
    expect(hits).toEqual([{ name: 'Lê Minh Hưng' }]);
  });
});

describe('a batch of rows with lists of different lengths', () => {
  it('gives each node its own articles and each edge its own evidence', async () => {
    await load(
      writeRecords([
        article('a:1'),
        article('a:2'),
        article('a:3'),
        node('Person', 'person:p', { name: 'Trần Văn Bình' }, ['a:1', 'a:2', 'a:3']),
        node('Person', 'person:q', { name: 'Lò Văn Sơn' }, ['a:2']),
        node('Person', 'person:r', { name: 'Giàng A Páo' }, ['a:3', 'a:1']),
        node('Position', 'position:x', { title: 'Bí thư Tỉnh ủy Cao Bằng' }, ['a:1']),
        held('person:p', 'position:x', { 'a:1': 'p in a:1', 'a:3': 'p in a:3' }),
        { ...held('person:q', 'position:x', {}), articles: ['a:2'] },
        held('person:r', 'position:x', { 'a:3': 'r in a:3' }),
      ]),
    );
    const mentions = await query(driver, 'MATCH (p:Person)-[:MENTIONED_IN]->(a:Article) WITH p, a ORDER BY a.id RETURN p.id AS person, collect(a.id) AS articles ORDER BY person');
    expect(mentions).toEqual([
      { person: 'person:p', articles: ['a:1', 'a:2', 'a:3'] },
      { person: 'person:q', articles: ['a:2'] },
      { person: 'person:r', articles: ['a:1', 'a:3'] },
    ]);
    const facts = await query(driver, 'MATCH (p:Person)-[h:HELD_POSITION]->() RETURN p.id AS person, h.articles AS articles, h.evidenceQuotes AS quotes, h.evidenceArticles AS quoted ORDER BY person');
    expect(facts).toEqual([
      { person: 'person:p', articles: ['a:1', 'a:3'], quotes: ['p in a:1', 'p in a:3'], quoted: ['a:1', 'a:3'] },
      { person: 'person:q', articles: ['a:2'], quotes: [], quoted: [] },
      { person: 'person:r', articles: ['a:3'], quotes: ['r in a:3'], quoted: ['a:3'] },
    ]);
  });
});

describe('a file in another order than kg extract writes', () => {
  it('still writes articles, then nodes, then the edges between them', async () => {
    const path = writeRecords([
      held('person:p', 'position:x', { 'a:1': 'p in a:1' }),
      node('Position', 'position:x', { title: 'Bí thư Tỉnh ủy Cao Bằng' }, ['a:1']),
      article('a:1'),
      node('Person', 'person:p', { name: 'Trần Văn Bình' }, ['a:1']),
    ]);
    // One record per batch: nothing waits in a batch for the others.
    const summary = await loadGraphFile(driver, path, { database: testSettings().database, batchSize: 1 });
    expect(summary).toMatchObject({ articles: 1, nodes: 2, edges: 1, edgesWithoutEndpoint: 0 });
    expect(await query(driver, 'MATCH (:Person)-[h:HELD_POSITION]->(:Position) RETURN h.evidenceQuotes AS quotes')).toEqual([{ quotes: ['p in a:1'] }]);
  });
});

describe('a node or fact written twice in one file', () => {
  it('is written once, even when its two rows fall in batches written at the same time', async () => {
    const people = ['person:a', 'person:b', 'person:c', 'person:d', 'person:e', 'person:f'];
    const twice = people.flatMap((id) => {
      const person = node('Person', id, { name: `Trần Văn ${id.slice(-1).toUpperCase()}` }, ['a:1', 'a:2', 'a:1']);
      const fact = held(id, 'position:x', { 'a:1': `${id} in a:1` });
      return [person, fact, person, fact];
    });
    const path = writeRecords([article('a:1'), article('a:2'), node('Position', 'position:x', { title: 'Bí thư Tỉnh ủy Cao Bằng' }, ['a:1']), ...twice]);
    await loadGraphFile(driver, path, { database: testSettings().database, batchSize: 1, concurrency: 2 });
    const links = await query(driver, 'MATCH (n:Person)-[m:MENTIONED_IN]->(a:Article) RETURN n.id AS node, a.id AS article, count(m) AS links ORDER BY node, article');
    expect(links).toEqual(people.flatMap((id) => [{ node: id, article: 'a:1', links: 1 }, { node: id, article: 'a:2', links: 1 }]));
    const facts = await query(driver, 'MATCH (p:Person)-[h:HELD_POSITION]->() RETURN p.id AS person, count(h) AS facts, collect(h.evidenceQuotes) AS quotes ORDER BY person');
    expect(facts).toEqual(people.map((id) => ({ person: id, facts: 1, quotes: [[`${id} in a:1`]] })));
  });
});

describe('two loads into one database', () => {
  it('run one at a time: the second waits until the first has ended', async () => {
    await ensureSchema(driver, testSettings().database);
    // Hold the lock as a running load does (its transaction named by the same metadata).
    const session = driver.session({ database: testSettings().database });
    const running = session.beginTransaction({ metadata: { kg: 'load-lock' } });
    await running.run("MERGE (:LoadLock {id: 'kg-load'})");
    let waited = false;
    const second = loadGraphFile(driver, writeRecords([article('a:1'), node('Person', 'person:p', { name: 'Trần Văn Bình' }, ['a:1'])]), {
      database: testSettings().database,
      batchSize: 7,
      onWait: () => (waited = true),
    });
    for (let tries = 0; !waited && tries < 60; tries++) await new Promise((resolve) => setTimeout(resolve, 500));
    expect(waited).toBe(true);
    expect(await query(driver, 'MATCH (a:Article) RETURN count(a) AS n')).toEqual([{ n: 0 }]);
    await running.rollback();
    await session.close();
    await expect(second).resolves.toMatchObject({ articles: 1, nodes: 1 });
    expect(await query(driver, 'MATCH (l:LoadLock) RETURN count(l) AS n')).toEqual([{ n: 0 }]);
  });
});

describe('re-ingesting an article', () => {
  it("replaces that article's facts: unsupported ones go, ones another article supports stay", async () => {
    await load(
      writeRecords([
        article('a:1'),
        article('a:2'),
        node('Person', 'person:p', { name: 'Trần Văn Bình' }, ['a:1', 'a:2']),
        node('Person', 'person:q', { name: 'Lò Văn Sơn' }, ['a:1']),
        node('Position', 'position:x', { title: 'Bí thư Tỉnh ủy Cao Bằng' }, ['a:1', 'a:2']),
        held('person:p', 'position:x', { 'a:1': 'old sentence of a:1', 'a:2': 'sentence of a:2' }),
        held('person:q', 'position:x', { 'a:1': 'Lò Văn Sơn - Bí thư Tỉnh ủy' }),
      ]),
    );
    // a:1 again, now saying only that p holds x.
    await load(
      writeRecords([
        article('a:1'),
        node('Person', 'person:p', { name: 'Trần Văn Bình' }, ['a:1']),
        node('Position', 'position:x', { title: 'Bí thư Tỉnh ủy Cao Bằng' }, ['a:1']),
        held('person:p', 'position:x', { 'a:1': 'new sentence of a:1' }),
      ]),
    );
    expect(await query(driver, "MATCH (q:Person {id: 'person:q'}) RETURN q")).toEqual([]);
    const facts = await query(driver, 'MATCH (p:Person)-[h:HELD_POSITION]->(:Position) RETURN p.id AS person, h.articles AS articles, h.evidenceQuotes AS quotes');
    expect(facts).toEqual([{ person: 'person:p', articles: ['a:2', 'a:1'], quotes: ['sentence of a:2', 'new sentence of a:1'] }]);
    const mentions = await query(driver, "MATCH (:Person {id: 'person:p'})-[:MENTIONED_IN]->(a:Article) RETURN a.id AS id ORDER BY id");
    expect(mentions).toEqual([{ id: 'a:1' }, { id: 'a:2' }]);
  });
});

describe('bad input', () => {
  it('names bad lines by number, skips them and loads the rest', async () => {
    const bad: BadLine[] = [];
    const path = writeRecords([article('a:1'), '{"kind": "node", "label": "Person", "id": ', node('Person', 'person:p', { name: 'Trần Văn Bình' }, ['a:1']), '{"kind":"edge","type":"bad type"}']);
    const summary = await load(path, (b) => bad.push(b));
    expect(bad.map((b) => b.line)).toEqual([2, 4]);
    expect(summary).toMatchObject({ articles: 1, nodes: 1, badLines: 2 });
  });

  it('counts an edge whose endpoint is nowhere, and does not write it', async () => {
    const summary = await load(writeRecords([article('a:1'), node('Person', 'person:p', { name: 'Trần Văn Bình' }, ['a:1']), held('person:p', 'position:nowhere', { 'a:1': 'x' })]));
    expect(summary).toMatchObject({ edges: 0, edgesWithoutEndpoint: 1 });
  });
});

describe('a load killed half-way', () => {
  it('leaves whole batches, and a second run completes it', async () => {
    const records = [...syntheticGraph({ articles: 600 })];
    const path = writeRecords(records);
    const settings = testSettings();
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', '..', 'cli', 'src', 'kg.ts'), 'load', path, '--batch-size', '200', '--quiet'], {
      env: { ...process.env, NEO4J_URI: settings.uri, NEO4J_USER: settings.user, NEO4J_PASSWORD: settings.password },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Kill it once some, not all, of the nodes are in.
    const nodeRecords = records.filter((r) => r.kind === 'node').length;
    for (;;) {
      const [row] = await query(driver, 'MATCH (n:Entity) RETURN count(n) AS n');
      if (Number(row?.n) > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGKILL');
    await exited;
    const [partial] = await query(driver, 'MATCH (n:Entity) RETURN count(n) AS n');
    expect(Number(partial?.n)).toBeLessThan(nodeRecords);

    const summary = await loadGraphFile(driver, path, { database: settings.database, batchSize: 500 });
    expect(summary.edgesWithoutEndpoint).toBe(0);
    const counts = await countGraph(driver);
    expect(counts.Entity).toBe(nodeRecords);
    expect(counts.Article).toBe(records.filter((r) => r.kind === 'article').length);
    const edgeRecords = records.filter((r) => r.kind === 'edge').length;
    const mentions = records.reduce((sum, r) => sum + (r.kind === 'node' ? r.articles.length : 0), 0);
    // Each evidence sentence is also an Evidence node IN its article.
    const sentences = records.reduce((sum, r) => sum + (r.kind === 'edge' ? r.evidence.length : 0), 0);
    const relationships = Object.entries(counts).filter(([key]) => key === key.toUpperCase()).reduce((sum, [, n]) => sum + n, 0);
    expect(relationships).toBe(edgeRecords + mentions + sentences);
    expect(counts.Evidence).toBe(sentences);
  });
});

/**
 * Reloads, loads killed at any phase and parallel loads, on a synthetic extraction whose nodes are
 * mentioned by articles far apart in the file (so article batches share nodes and facts): each must
 * end with the same fingerprint as one clean load.
 */
describe('whatever happens to a load, the graph ends whole', () => {
  const path = writeRecords([...syntheticGraph({ articles: 300 })]);
  let clean: Awaited<ReturnType<typeof fingerprint>>;
  const loadAt = (batchSize: number) => loadGraphFile(driver, path, { database: testSettings().database, batchSize });

  beforeAll(async () => {
    await wipe(driver);
    await loadAt(5_000);
    clean = await fingerprint(driver);
  });

  it.each([5, 40, 400])('reloading at batch size %i changes nothing (and a load alone never says it waits)', async (batchSize) => {
    let waited = false;
    await loadAt(batchSize);
    await expect(loadGraphFile(driver, path, { database: testSettings().database, batchSize, onWait: () => (waited = true) })).resolves.toMatchObject({ edgesWithoutEndpoint: 0 });
    expect(await fingerprint(driver)).toEqual(clean);
    expect(waited).toBe(false);
  });

  it('two loads at once both succeed and leave one clean load', async () => {
    await Promise.all([loadAt(40), loadAt(40)]);
    expect(await fingerprint(driver)).toEqual(clean);
  });

  /** Starts a load in a child process and kills it (SIGKILL) at its `at`-th batch of `phase`. */
  async function killedLoad(phase: 'articles' | 'nodes' | 'edges', at: number): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'load-reporting.ts'), path, '20'], { env: { ...process.env, KG_TEST_NEO4J: JSON.stringify(testSettings()) }, stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    let seen = 0;
    let lines = '';
    child.stdout.on('data', (chunk: Buffer) => {
      lines += chunk.toString();
      for (const line of lines.split('\n').slice(0, -1)) if (line.startsWith(`${phase} `) && ++seen === at) child.kill('SIGKILL');
      lines = lines.slice(lines.lastIndexOf('\n') + 1);
    });
    await exited;
    expect(seen, `the load reached ${phase}`).toBeGreaterThanOrEqual(at);
  }

  it.each(['articles', 'nodes', 'edges'] as const)('a reload killed in its %s phase, then run again, leaves one clean load', async (phase) => {
    await killedLoad(phase, 3);
    await expect(loadAt(40)).resolves.toMatchObject({ edgesWithoutEndpoint: 0 });
    expect(await fingerprint(driver)).toEqual(clean);
  });

  it('a first load killed in its edges phase, then run again, leaves one clean load', async () => {
    await wipe(driver);
    await killedLoad('edges', 3);
    await loadAt(40);
    expect(await fingerprint(driver)).toEqual(clean);
  });
});

/**
 * The same at a scale where article batches are large enough to retract at the same moment (two
 * concurrent retractions once deleted each other's relationships: 3,000 articles, batches of 2,000).
 */
describe('a large reload, and two large loads at once', () => {
  const path = writeRecords([...syntheticGraph({ articles: 3_000 })]);
  const loadAt = (batchSize: number) => loadGraphFile(driver, path, { database: testSettings().database, batchSize });
  let clean: Awaited<ReturnType<typeof fingerprint>>;

  beforeAll(async () => {
    await wipe(driver);
    await loadAt(5_000);
    clean = await fingerprint(driver);
  }, 300_000);

  it('reloading at batch size 2,000 changes nothing', async () => {
    await expect(loadAt(2_000)).resolves.toMatchObject({ edgesWithoutEndpoint: 0 });
    expect(await fingerprint(driver)).toEqual(clean);
  }, 300_000);

  it('two loads at once both succeed and leave one clean load; the one that waits says so, once', async () => {
    let waits = 0;
    const counted = () => loadGraphFile(driver, path, { database: testSettings().database, batchSize: 2_000, onWait: () => (waits += 1) });
    await Promise.all([counted(), counted()]);
    expect(await fingerprint(driver)).toEqual(clean);
    expect(waits).toBe(1);
  }, 300_000);
});
