/**
 * One contract, two stores: every answer of the graph API computed over the embedded store and over
 * a real Neo4j loaded with the same extraction (the seeds) must be the same, and right.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { answers, EmbeddedStore, loadGraphFile, Neo4jStore, type GraphStore } from '../src/index.js';
import { ALL_NAMESAKE_PAIRS, NAMESAKE_RECORDS } from './fixtures/namesakes.js';
import { extractSeeds, query, testDriver, testSettings, wipe, writeRecords } from './neo4j-helpers.js';

let embedded: GraphStore;
let neo4j: GraphStore;

beforeAll(async () => {
  const { path, records } = await extractSeeds();
  embedded = EmbeddedStore.fromRecords(records);
  const driver = await testDriver();
  await wipe(driver);
  await loadGraphFile(driver, path, { database: testSettings().database, batchSize: 50 });
  neo4j = new Neo4jStore(driver, testSettings().database);
});
afterAll(async () => {
  await neo4j?.close();
});

const LE_MINH_HUNG = 'person:lê-minh-hưng';
const cases: Array<[string, (store: GraphStore) => Promise<unknown>, (answer: any) => void]> = [
  ['health', (s) => answers.health(s).then((h) => h.counts), (counts) => expect(counts).toMatchObject({ Person: 10, Article: 5 })],
  ['search "le minh hung"', (s) => answers.search(s, 'le minh hung', null, 10), (hits) => expect(hits[0]).toEqual({ id: LE_MINH_HUNG, label: 'Person', name: 'Lê Minh Hưng' })],
  ['search "to lam"', (s) => answers.search(s, 'to lam', 'Person', 10), (hits) => expect(hits.map((h: any) => h.name)).toEqual(['Tô Lâm'])],
  ['search "21-KL"', (s) => answers.search(s, '21-KL', null, 10), (hits) => expect(hits.map((h: any) => h.name)).toEqual(['21-KL/TW'])],
  ['search "tinh uy lai"', (s) => answers.search(s, 'tinh uy lai', 'Position', 10), (hits) => expect(hits.length).toBeGreaterThan(1)],
  ['node', (s) => s.node(LE_MINH_HUNG), (node) => expect(node).toMatchObject({ name: 'Lê Minh Hưng', degree: { HELD_POSITION: 3, ATTENDED: 1 } })],
  ['unknown node', (s) => s.node('person:nobody'), (node) => expect(node).toBeNull()],
  ['timeline', (s) => answers.personTimeline(s, LE_MINH_HUNG), (t) => expect(t.timeline.map((e: any) => e.office.title)).toContain('Trưởng Ban Tổ chức Trung ương')],
  [
    'holders, tolerant title',
    (s) => answers.officeHolders(s, 'Trưởng ban Tổ chức TW', null, '2025-01-01'),
    (h) => {
      expect(h.office.title).toBe('Trưởng Ban Tổ chức Trung ương');
      expect(h.holders[0]).toMatchObject({ person: { name: 'Lê Minh Hưng' }, atDate: true, firstSeen: '2024-12-16' });
      expect(h.holders[0].evidence[0]).toMatchObject({ quote: expect.stringContaining('Lê Minh Hưng'), article: { title: expect.stringMatching(/^Hội nghị toàn quốc/) } });
    },
  ],
  ['holders, province apart', (s) => answers.officeHolders(s, 'Phó Bí thư Thường trực Tỉnh uỷ', 'Lai Châu', undefined), (h) => expect(h.holders.map((x: any) => x.person.name)).toEqual(['Vũ Mạnh Hà'])],
  ['holders, province by id', (s) => answers.officeHolders(s, 'Phó Bí thư Thường trực Tỉnh ủy', 'province:phú-thọ', undefined), (h) => expect(h.holders.map((x: any) => x.person.name)).toEqual(['Phùng Khánh Tài'])],
  ['holders, unknown office', (s) => answers.officeHolders(s, 'Bí thư Tỉnh ủy', 'Cà Mau', undefined), (h) => expect(h).toBeNull()],
  ['province officials', (s) => answers.provinceOfficials(s, 'province:lai-châu', '2026-06-30'), (p) => expect(p.offices.flatMap((o: any) => o.holders.map((h: any) => h.person.name))).toContain('Lê Thị Hường')],
  ['neighbourhood', (s) => answers.neighborhood(s, LE_MINH_HUNG, 1, 50), (g) => expect(g.nodes.length).toBe(5)],
  ['neighbourhood, capped', (s) => answers.neighborhood(s, LE_MINH_HUNG, 2, 4), (g) => expect(g).toMatchObject({ truncated: true, nodes: { length: 4 } })],
  ['neighbourhood, capped in the first hop', (s) => answers.neighborhood(s, LE_MINH_HUNG, 1, 3), (g) => expect(g).toMatchObject({ truncated: true, nodes: { length: 3 } })],
  ['neighbourhood, capped in the second hop', (s) => answers.neighborhood(s, LE_MINH_HUNG, 2, 8), (g) => expect(g).toMatchObject({ truncated: true, nodes: { length: 8 } })],
  ['neighbourhood, two hops', (s) => answers.neighborhood(s, LE_MINH_HUNG, 2, 2000), (g) => {
    expect(g.truncated).toBe(false);
    expect(g.nodes.length).toBeGreaterThan(8);
  }],
  ['neighbourhood, unknown node', (s) => answers.neighborhood(s, 'person:nobody', 2, 50), (g) => expect(g).toBeNull()],
  ['overview', (s) => answers.overview(s, 10), (g) => expect(g.nodes).toHaveLength(10)],
  ['overview: people first, none alone', (s) => answers.overview(s, 12), (g) => {
    const persons = g.nodes.filter((n: any) => n.label === 'Person');
    expect(persons.length).toBeGreaterThanOrEqual(3);
    for (const person of persons) expect(g.edges.some((e: any) => e.from === person.id || e.to === person.id)).toBe(true);
  }],
  ['everything', (s) => answers.everything(s, 1000), (g) => expect(g.truncated).toBe(false)],
  ['article', (s) => s.article('a:001-d09085c254a90b5c'), (a) => expect(a.facts.map((f: any) => f.type)).toContain('ATTENDED')],
  [
    'provenance of edges',
    (s) => s.provenance([{ type: 'HELD_POSITION', from: LE_MINH_HUNG, to: 'position:trưởng-ban-tổ-chức-trung-ương' }, { type: 'ATTENDED', from: 'person:nobody', to: 'x' }]),
    ([held, none]) => {
      expect(held.articles).toEqual(['a:001-d09085c254a90b5c']);
      expect(held.evidence[0]).toMatchObject({ article: 'a:001-d09085c254a90b5c', quote: expect.stringContaining('Lê Minh Hưng'), asOf: '2024-12-16' });
      expect(none).toEqual({ articles: [], evidence: [] });
    },
  ],
];

describe('both stores give the same answers', () => {
  it.each(cases)('%s', async (_name, ask, check) => {
    const [fromEmbedded, fromNeo4j] = [await ask(embedded), await ask(neo4j)];
    check(fromEmbedded);
    expect(fromNeo4j).toEqual(fromEmbedded);
  });
});

describe('a graph loaded before relationships carried propsJson', () => {
  it('still gives every fact its properties', async () => {
    const driver = await testDriver();
    const before = await answers.everything(neo4j, 1000);
    await driver.executeQuery('MATCH ()-[r]->() WHERE r.propsJson IS NOT NULL REMOVE r.propsJson', {}, { database: testSettings().database });
    try {
      expect(await answers.everything(neo4j, 1000)).toEqual(before);
      expect(before.edges.some((edge) => Object.keys(edge.props).length > 0)).toBe(true);
    } finally {
      const { path } = await extractSeeds();
      await loadGraphFile(driver, path, { database: testSettings().database, batchSize: 50 });
      await driver.close();
    }
  });
});

describe('namesakes, from the lists on Person nodes', () => {
  // The seeds have no namesakes: the fixture's persons are loaded beside them, into both stores, and removed after.
  let embeddedWithNamesakes: GraphStore;
  const fixtureIds = NAMESAKE_RECORDS.map((record) => record.id);
  beforeAll(async () => {
    const { records } = await extractSeeds();
    embeddedWithNamesakes = EmbeddedStore.fromRecords([...records, ...NAMESAKE_RECORDS]);
    const driver = await testDriver();
    try {
      await loadGraphFile(driver, writeRecords(NAMESAKE_RECORDS), { database: testSettings().database, batchSize: 50 });
    } finally {
      await driver.close();
    }
  });
  afterAll(async () => {
    const driver = await testDriver();
    try {
      await query(driver, 'MATCH (p:Person) WHERE p.id IN $ids DETACH DELETE p', { ids: fixtureIds });
    } finally {
      await driver.close();
    }
  });

  it.each([
    ['all', 10, ALL_NAMESAKE_PAIRS],
    ['possibly-same', 10, ALL_NAMESAKE_PAIRS.filter((pair) => pair.verdict === 'possibly-same')],
    ['distinct', 10, ALL_NAMESAKE_PAIRS.filter((pair) => pair.verdict === 'distinct')],
    ['all', 2, ALL_NAMESAKE_PAIRS.slice(0, 2)],
  ] as const)('verdict %s, limit %i', async (verdict, limit, expected) => {
    const [fromEmbedded, fromNeo4j] = [await answers.namesakes(embeddedWithNamesakes, verdict, limit), await answers.namesakes(neo4j, verdict, limit)];
    expect(fromEmbedded.pairs).toEqual(expected);
    expect(fromNeo4j).toEqual(fromEmbedded);
  });

});
