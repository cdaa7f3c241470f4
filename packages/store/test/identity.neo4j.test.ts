/**
 * Person identity end to end: articles of our own extracted for real and loaded into Neo4j. Namesakes
 * in two provinces end on two Person nodes, a provincial secretary moved to another province and an
 * official of a province merged on 1 July 2025 on one; then a researcher's override file is applied by
 * extracting again and re-ingesting into the same database, and the facts move to the persons it says.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readIdentityDecisions, runExtraction, type GraphRecord } from '@vnkg/extractor';

import { answers, loadGraphFile, Neo4jStore } from '../src/index.js';
import { fingerprint, query, testDriver, testSettings, wipe, writeRecords } from './neo4j-helpers.js';

const ARTICLES: Record<string, string> = {
  // One name, two officials: current offices in two provinces eight days apart.
  'lao-cai.txt': ['Hội nghị Ban Chấp hành Đảng bộ tỉnh Lào Cai', 'Ngày 12/3/2024, đồng chí Nguyễn Văn Tám, Bí thư Tỉnh ủy Lào Cai chủ trì hội nghị.'].join('\n'),
  'ca-mau.txt': ['Công an tỉnh Cà Mau tổng kết công tác', 'Ngày 20/3/2024, Đại tá Nguyễn Văn Tám, Giám đốc Công an tỉnh Cà Mau phát biểu tại hội nghị.'].join('\n'),
  // One official sent from one province's top post to another's, four years later.
  'ha-giang.txt': ['Hội nghị Tỉnh ủy Hà Giang sơ kết quý I', 'Ngày 8/4/2019, đồng chí Trần Quốc Hùng, Bí thư Tỉnh ủy Hà Giang chủ trì hội nghị.'].join('\n'),
  'binh-dinh.txt': ['Bình Định triển khai nghị quyết', 'Ngày 15/6/2023, đồng chí Trần Quốc Hùng, Bí thư Tỉnh ủy Bình Định phát biểu chỉ đạo hội nghị.'].join('\n'),
  // Hà Nam merged into Ninh Bình on 1 July 2025: one official before and after.
  'ha-nam.txt': ['Hà Nam đẩy mạnh cải cách hành chính', 'Ngày 4/11/2024, bà Lê Thị Hoa, Chủ tịch UBND tỉnh Hà Nam phát biểu tại hội nghị.'].join('\n'),
  'ninh-binh.txt': ['Ninh Bình sau hợp nhất', 'Ngày 30/9/2025, bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh Ninh Bình phát biểu tại hội nghị.'].join('\n'),
};

// The researcher knows better on two names: the two Tám are one person, the two Hùng two people.
const DECISIONS = {
  same: [{ name: 'Nguyen Van Tam', articles: ['a:lao-cai', 'a:ca-mau'], note: 'one person, per the provincial yearbook' }],
  distinct: [{ name: 'Trần Quốc Hùng', articles: ['a:binh-dinh'], from: ['a:ha-giang'], note: 'a namesake' }],
};

let driver: Driver;
let corpus: string;

/** Extract the corpus (with the override file when given) and load it into the test database. */
async function extractAndLoad(identityFile?: string): Promise<void> {
  const records: GraphRecord[] = [];
  await runExtraction([corpus], { write: (record) => records.push(record), identity: identityFile ? readIdentityDecisions(identityFile) : undefined });
  await loadGraphFile(driver, writeRecords(records), { database: testSettings().database, batchSize: 50 });
}

/** Each Person node of a name, with the offices it holds and the articles of its holdings, sorted. */
async function personsNamed(name: string) {
  const rows = await query(
    driver,
    `MATCH (p:Person {name: $name})
     OPTIONAL MATCH (p)-[r:HELD_POSITION]->(o:Position)
     WITH p, o, r ORDER BY o.title
     RETURN p.id AS id, [x IN collect(o.title) WHERE x IS NOT NULL] AS offices, p.mergedBy AS mergedBy, p.distinctFrom AS distinctFrom
     ORDER BY id`,
    { name },
  );
  return rows.map((row) => ({ id: row.id, offices: row.offices, mergedBy: row.mergedBy ?? null, distinctFrom: row.distinctFrom ?? null }));
}

beforeAll(async () => {
  corpus = mkdtempSync(join(tmpdir(), 'kg-identity-'));
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(corpus, name), text);
  driver = await testDriver();
  await wipe(driver);
  await extractAndLoad();
}, 120_000);
afterAll(async () => {
  await driver?.close();
});

describe('person identity in Neo4j', () => {
  it('keeps namesakes in two provinces apart, saying why', async () => {
    expect(await personsNamed('Nguyễn Văn Tám')).toEqual([
      { id: 'person:nguyễn-văn-tám', offices: ['Bí thư Tỉnh ủy Lào Cai'], mergedBy: null, distinctFrom: ['person:nguyễn-văn-tám~cà-mau'] },
      { id: 'person:nguyễn-văn-tám~cà-mau', offices: ['Giám đốc Công an tỉnh Cà Mau'], mergedBy: null, distinctFrom: ['person:nguyễn-văn-tám'] },
    ]);
    const pairs = await answers.namesakes(new Neo4jStore(driver, testSettings().database), 'distinct', 10);
    expect(pairs.pairs.map((pair) => [pair.a.id, pair.b.id])).toEqual([['person:nguyễn-văn-tám', 'person:nguyễn-văn-tám~cà-mau']]);
    expect(pairs.pairs[0]!.reasons.join()).toMatch(/Lào Cai.*Cà Mau|Cà Mau.*Lào Cai/);
  });

  it('keeps a secretary moved to another province together', async () => {
    const [hung, ...others] = await personsNamed('Trần Quốc Hùng');
    expect(others).toEqual([]);
    expect(hung!.offices).toEqual(['Bí thư Tỉnh ủy Bình Định', 'Bí thư Tỉnh ủy Hà Giang']);
    expect(hung!.mergedBy).toMatch(/career/);
  });

  it('keeps an official of a merged province together', async () => {
    const [hoa, ...others] = await personsNamed('Lê Thị Hoa');
    expect(others).toEqual([]);
    expect(hoa!.offices).toEqual(['Chủ tịch Ủy ban nhân dân tỉnh Hà Nam', 'Phó Chủ tịch Ủy ban nhân dân tỉnh Ninh Bình']);
  });

  describe('after a researcher’s override file and a re-ingest', () => {
    let before: Awaited<ReturnType<typeof fingerprint>>;
    beforeAll(async () => {
      const file = join(corpus, '..', `identity-${Date.now()}.json`);
      writeFileSync(file, JSON.stringify(DECISIONS));
      await extractAndLoad(file);
      before = await fingerprint(driver);
      await extractAndLoad(file);
    }, 120_000);

    it('joins what it says is one person: the facts move onto one node, the other node and its split are gone', async () => {
      expect(await personsNamed('Nguyễn Văn Tám')).toEqual([
        { id: 'person:nguyễn-văn-tám', offices: ['Bí thư Tỉnh ủy Lào Cai', 'Giám đốc Công an tỉnh Cà Mau'], mergedBy: 'researcher: one person, per the provincial yearbook', distinctFrom: null },
      ]);
    });

    it('splits what it says are two people: each keeps its own holding, the earlier the old id (as many mentions each)', async () => {
      expect(await personsNamed('Trần Quốc Hùng')).toEqual([
        { id: 'person:trần-quốc-hùng', offices: ['Bí thư Tỉnh ủy Hà Giang'], mergedBy: null, distinctFrom: ['person:trần-quốc-hùng~gia-lai'] },
        { id: 'person:trần-quốc-hùng~gia-lai', offices: ['Bí thư Tỉnh ủy Bình Định'], mergedBy: null, distinctFrom: ['person:trần-quốc-hùng'] },
      ]);
    });

    it('stays as it is when the same extraction is loaded again', async () => {
      expect(await fingerprint(driver)).toEqual(before);
    });
  });
});
