/**
 * Tenures on both stores: articles of our own that state a start, an end and a succession, extracted
 * for real, loaded into the embedded store and into Neo4j. Who held the office on a date must be the
 * same on both and right, with the basis that says so; in Neo4j the dates are dates Cypher compares.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runExtraction, type GraphRecord } from '@vnkg/extractor';

import { answers, EmbeddedStore, loadGraphFile, Neo4jStore, type GraphStore } from '../src/index.js';
import { query, testDriver, testSettings, wipe, writeRecords } from './neo4j-helpers.js';

const ARTICLES: Record<string, string> = {
  // A holder observed, then a new one appointed: the successor's start ends the first tenure.
  'thanh-hoa-1.txt': [
    'Hội nghị Ban Chấp hành Đảng bộ tỉnh Thanh Hóa',
    'Ngày 12/3/2019, đồng chí Lê Quang Vinh - Bí thư Tỉnh ủy Thanh Hóa chủ trì hội nghị.',
  ].join('\n'),
  'thanh-hoa-2.txt': [
    'Công bố quyết định về công tác cán bộ',
    'Chiều 5/9/2021, Bộ Chính trị phân công ông Đỗ Trọng Nghĩa giữ chức Bí thư Tỉnh ủy Thanh Hóa.',
  ].join('\n'),
  // A range stated in a biography.
  'thanh-hoa-3.txt': [
    'Tiểu sử tân Bí thư Tỉnh ủy',
    'Ngày 6/9/2021, ông Đỗ Trọng Nghĩa nhận nhiệm vụ mới.',
    'Ông Đỗ Trọng Nghĩa sinh năm 1971.',
    'Từ tháng 4/2016 đến tháng 8/2021, ông là Chủ tịch UBND tỉnh Thanh Hóa.',
  ].join('\n'),
};

let embedded: GraphStore;
let neo4j: GraphStore;
let driver: Driver;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-tenure-'));
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), text);
  const records: GraphRecord[] = [];
  await runExtraction([dir], { write: (record) => records.push(record) });
  embedded = EmbeddedStore.fromRecords(records);
  driver = await testDriver();
  await wipe(driver);
  await loadGraphFile(driver, writeRecords(records), { database: testSettings().database, batchSize: 50 });
  neo4j = new Neo4jStore(driver, testSettings().database);
}, 120_000);
afterAll(async () => {
  await neo4j?.close();
});

const SECRETARY = 'Bí thư Tỉnh ủy Thanh Hóa';
const atDate = async (store: GraphStore, title: string, at: string) =>
  (await answers.officeHolders(store, title, null, at))!.holders.filter((h) => h.atDate).map((h) => [h.person.name, h.tenure.startBasis, h.tenure.endBasis]);

describe.each([
  ['embedded', () => embedded],
  ['neo4j', () => neo4j],
])('tenures on the %s store', (_kind, store) => {
  it('observed: a holder seen in office holds it from that day', async () => {
    expect(await atDate(store(), SECRETARY, '2020-06-01')).toEqual([['Lê Quang Vinh', 'observed', 'successor']]);
  });

  it("successor: the next holder's start ends the previous tenure", async () => {
    expect(await atDate(store(), SECRETARY, '2021-09-05')).toEqual([['Đỗ Trọng Nghĩa', 'stated', null]]);
    const succession = (await answers.officeHolders(store(), SECRETARY, null, undefined))!.holders;
    expect(succession.map((h) => [h.person.name, h.tenure.end, h.replaces?.name ?? null])).toEqual([
      ['Lê Quang Vinh', '2021-09-05', null],
      ['Đỗ Trọng Nghĩa', null, 'Lê Quang Vinh'],
    ]);
  });

  it('stated: a range a sentence gives covers its months, and nothing before it', async () => {
    expect(await atDate(store(), 'Chủ tịch UBND tỉnh Thanh Hóa', '2018-01-01')).toEqual([['Đỗ Trọng Nghĩa', 'stated', 'stated']]);
    expect(await atDate(store(), 'Chủ tịch UBND tỉnh Thanh Hóa', '2021-08-31')).toHaveLength(1);
    expect(await atDate(store(), 'Chủ tịch UBND tỉnh Thanh Hóa', '2021-09-01')).toEqual([]);
    expect(await atDate(store(), SECRETARY, '1990-01-01')).toEqual([]);
  });
});

describe('tenures in Cypher', () => {
  it('compares real dates: the holder on a date, with the precision kept', async () => {
    const rows = await query(
      driver,
      `MATCH (p:Person)-[h:HELD_POSITION]->(o:Position {title: 'Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa'})
       WHERE h.since <= date('2018-01-01') <= h.until
       RETURN p.name AS name, toString(h.since) AS since, h.sincePrecision AS sincePrecision, toString(h.until) AS until`,
    );
    expect(rows).toEqual([{ name: 'Đỗ Trọng Nghĩa', since: '2016-04-01', sincePrecision: 'month', until: '2021-08-31' }]);
    const seen = await query(driver, `MATCH (:Person {name: 'Lê Quang Vinh'})-[h:HELD_POSITION]->() RETURN toString(h.firstSeen) AS first, h.since AS since`);
    expect(seen).toEqual([{ first: '2019-03-12', since: null }]);
  });
});
