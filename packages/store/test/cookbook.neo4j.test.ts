/**
 * The Cypher cookbook (docs/cookbook/*.cypher, shown in docs/schema.md) run on the seeds in a real
 * Neo4j: each query, with the params written in its header, returns the rows a researcher expects.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadGraphFile } from '../src/index.js';
import { extractSeeds, query, testDriver, testSettings, wipe } from './neo4j-helpers.js';

const COOKBOOK = join(import.meta.dirname, '..', '..', '..', 'docs', 'cookbook');
const SCHEMA_DOC = join(import.meta.dirname, '..', '..', '..', 'docs', 'schema.md');

const expectations: Record<string, (rows: Array<Record<string, unknown>>) => void> = {
  'holders-on-date.cypher': (rows) => expect(rows).toEqual([{ person: 'Lê Minh Hưng', office: 'Trưởng Ban Tổ chức Trung ương', status: 'current', start: '2024-12-16', until: null, lastSeen: '2024-12-16' }]),
  'career-timeline.cypher': (rows) => {
    // One row per observation: an office stated in two sentences is two rows.
    expect([...new Set(rows.map((r) => r.office))]).toEqual(['Bí thư Trung ương Đảng', 'Trưởng Ban Tổ chức Trung ương', 'Ủy viên Bộ Chính trị']);
    for (const row of rows) expect(row).toMatchObject({ seen: '2024-12-16', quote: expect.stringContaining('Lê Minh Hưng'), article: expect.stringMatching(/^Hội nghị toàn quốc/) });
  },
  'successions.cypher': (rows) =>
    expect(rows).toEqual([{ person: 'Vũ Mạnh Hà', status: 'current', since: null, sincePrecision: null, until: null, firstSeen: '2023-12-30', lastSeen: '2023-12-30' }]),
  'congress-attendance.cypher': (rows) =>
    expect(rows.map((r) => [r.person, r.role])).toEqual([
      ['Phùng Khánh Tài', 'attended'],
      ['Lê Minh Hưng', 'chaired'],
      ['Tô Lâm', 'directed'],
    ]),
  'implementing-documents.cypher': (rows) => expect(rows).toEqual([expect.objectContaining({ type: 'Kế hoạch', number: '43-KH/TU', implements: '21-KL/TW', quote: expect.stringContaining('43-KH/TU') })]),
  'provincial-offices-by-role.cypher': (rows) =>
    expect(rows).toEqual([
      { province: 'Lai Châu', person: 'Vũ Mạnh Hà', status: 'current', since: '2023-12-30' },
      // The Lạng Sơn seed page gives no date: its holding has no start.
      { province: 'Lạng Sơn', person: 'Hoàng Văn Nghiệm', status: 'current', since: null },
      { province: 'Phú Thọ', person: 'Phùng Khánh Tài', status: 'current', since: expect.any(String) },
    ]),
  'officials-across-merger.cypher': (rows) => {
    expect(rows.map((r) => [r.province, r.office, r.person])).toContainEqual(['Phú Thọ', 'Phó Bí thư Thường trực Tỉnh ủy Phú Thọ', 'Phùng Khánh Tài']);
    for (const row of rows) expect(row.mergedOn === null || row.mergedOn === '2025-07-01').toBe(true);
  },
  'fact-evidence.cypher': (rows) => {
    // The article states the office twice: two sentences, in text order.
    const sentence = { article: 'a:001-d09085c254a90b5c', title: expect.stringMatching(/^Hội nghị toàn quốc/), published: '2024-12-16', quoteAtOffsets: true };
    expect(rows).toEqual([
      { ...sentence, quote: expect.stringMatching(/^Đồng chí Lê Minh Hưng - Ủy viên Bộ Chính trị/) },
      { ...sentence, quote: expect.stringMatching(/^Tại hội nghị, đồng chí Trưởng Ban Tổ chức Trung ương Lê Minh Hưng/) },
    ]);
  },
  'sentence-in-article.cypher': (rows) => {
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatchObject({ quoteAtOffsets: true, context: expect.stringContaining('Vũ Mạnh Hà') });
  },
  'standing-committee-network.cypher': (rows) => expect(rows).toEqual([{ member: 'Lê Thị Hường', fellowMember: 'Vũ Mạnh Hà' }]),
};

function readRecipe(file: string): { cypher: string; params: Record<string, unknown> } {
  const cypher = readFileSync(join(COOKBOOK, file), 'utf8');
  const params = /^\/\/ params: (\{.*\})$/m.exec(cypher)?.[1];
  return { cypher, params: params ? (JSON.parse(params) as Record<string, unknown>) : {} };
}

let driver: Driver;
beforeAll(async () => {
  driver = await testDriver();
  await wipe(driver);
  await loadGraphFile(driver, (await extractSeeds()).path, { database: testSettings().database, batchSize: 100 });
});
afterAll(async () => {
  await driver.close();
});

describe('the Cypher cookbook on the seeds', () => {
  it('has an expectation for every recipe, and docs/schema.md shows every recipe as it is', () => {
    const recipes = readdirSync(COOKBOOK).filter((f) => f.endsWith('.cypher'));
    expect(recipes.sort()).toEqual(Object.keys(expectations).sort());
    const doc = readFileSync(SCHEMA_DOC, 'utf8');
    for (const recipe of recipes) expect(doc, `docs/schema.md shows ${recipe}`).toContain(readRecipe(recipe).cypher.trim());
  });

  it('holds the gazetteer: all 64 provinces, and each 2025 merger as MERGED_INTO with its date', async () => {
    // 63 units before the merger and 34 after, 33 of them the same: 64 nodes, named in an article or not.
    const [provinces] = await query(driver, 'MATCH (p:Province) RETURN count(p) AS n');
    expect(Number(provinces!.n)).toBe(64);
    const mergers = await query(driver, "MATCH (a:Province)-[m:MERGED_INTO]->(b:Province) WHERE m.date = date('2025-07-01') RETURN a.name AS from, b.name AS to");
    expect(mergers.length).toBeGreaterThanOrEqual(20);
    expect(mergers).toContainEqual({ from: 'Vĩnh Phúc', to: 'Phú Thọ' });
  });

  it('gives every evidence sentence an Evidence node IN its article, at offsets that cut out its quote, once', async () => {
    const [row] = await query(
      driver,
      `MATCH ()-[r]->() WHERE r.evidenceQuotes IS NOT NULL
       WITH sum(size(r.evidenceQuotes)) AS sentences
       MATCH (e:Evidence)-[:IN]->(a:Article)
       RETURN sentences, count(e) AS nodes, count(DISTINCT e.id) AS ids,
              sum(CASE WHEN substring(a.text, e.start, e.end - e.start) = e.quote THEN 1 ELSE 0 END) AS atOffsets,
              COUNT { MATCH (e2:Evidence) WHERE NOT EXISTS { MATCH ()-[f]->() WHERE f.id = e2.fact } } AS orphans`,
    );
    expect(Number(row!.nodes)).toBe(Number(row!.sentences));
    expect(Number(row!.ids)).toBe(Number(row!.nodes));
    expect(Number(row!.atOffsets)).toBe(Number(row!.nodes));
    expect(Number(row!.orphans)).toBe(0);
    const [article] = await query(driver, "MATCH (a:Article) WHERE a.text IS NULL OR a.text = '' RETURN count(a) AS n");
    expect(Number(article!.n)).toBe(0);
  });

  it.each(Object.keys(expectations))('%s', async (file) => {
    const { cypher, params } = readRecipe(file);
    expectations[file]!(await query(driver, cypher, params));
  });
});
