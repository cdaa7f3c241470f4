/** Shared by the Neo4j tests: the test server's driver, an empty database, counts, files of records. */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';

import { runExtraction, type GraphRecord } from '@vnkg/extractor';

import { connectNeo4j, type Neo4jSettings } from '../src/index.js';

/** What the global setup (neo4j-setup.ts) hands the tests: the test server. */
declare module 'vitest' {
  export interface ProvidedContext {
    neo4jTest: Neo4jSettings;
  }
}

export const SEEDS_DIR = join(import.meta.dirname, '..', '..', '..', 'seeds');

export const testSettings = () => inject('neo4jTest');

export async function testDriver(): Promise<Driver> {
  return connectNeo4j(testSettings());
}

/** Remove every node and relationship (the schema stays). */
export async function wipe(driver: Driver): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
  const session = driver.session({ database: testSettings().database });
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

export async function query(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<Array<Record<string, unknown>>> {
  const result = await driver.executeQuery(cypher, params, { database: testSettings().database });
  return result.records.map((record) => record.toObject());
}

/** Nodes by label and relationships by type, e.g. {"Person": 10, "HELD_POSITION": 13}. */
export async function countGraph(driver: Driver): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const row of await query(driver, 'MATCH (n) UNWIND labels(n) AS label RETURN label AS key, count(*) AS n')) counts[String(row.key)] = Number(row.n);
  for (const row of await query(driver, 'MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS n')) counts[String(row.key)] = Number(row.n);
  return counts;
}

export function writeRecords(records: Array<GraphRecord | string>, name = 'graph.jsonl'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'kg-load-')), name);
  writeFileSync(path, `${records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n')}\n`);
  return path;
}

/** The seeds extracted into a JSONL file, and its records. */
export async function extractSeeds(): Promise<{ path: string; records: GraphRecord[] }> {
  const records: GraphRecord[] = [];
  await runExtraction([SEEDS_DIR], { write: (record) => records.push(record) });
  return { path: writeRecords(records, 'seeds.jsonl'), records };
}

/**
 * What a load leaves, as one comparable value: counts by label and type, and a digest of every node
 * (labels, id, properties) and every relationship (type, ends, articles and evidence in a fixed order).
 * Two loads of one file must leave the same fingerprint, however they were run.
 */
export async function fingerprint(driver: Driver): Promise<{ counts: Record<string, number>; nodes: string; relationships: string }> {
  const digest = (lines: string[]) => createHash('sha256').update(lines.sort().join('\n')).digest('hex');
  const nodes = await query(driver, 'MATCH (n) RETURN labels(n) AS labels, n.id AS id, properties(n) AS props');
  const relationships = await query(
    driver,
    `MATCH (a)-[r]->(b)
     RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`,
  );
  const sortedProps = (props: Record<string, unknown>) => JSON.stringify(Object.keys(props).sort().map((key) => [key, props[key]]));
  // Evidence lists are kept aligned; their order follows load order, so compare them as sets of entries.
  const evidence = (props: Record<string, unknown>) => {
    const articles = (props.evidenceArticles as string[] | undefined) ?? [];
    const entries = articles.map((article, i) => JSON.stringify([article, ...["evidenceQuotes", "evidenceStarts", "evidenceEnds", "evidenceAsOf"].map((key) => (props[key] as unknown[])[i])])).sort();
    const { evidenceArticles: _a, evidenceQuotes: _q, evidenceStarts: _s, evidenceEnds: _e, evidenceAsOf: _o, articles: list, ...rest } = props;
    return JSON.stringify([entries, [...((list as string[] | undefined) ?? [])].sort(), sortedProps(rest)]);
  };
  return {
    counts: await countGraph(driver),
    nodes: digest(nodes.map((row) => JSON.stringify([(row.labels as string[]).sort(), row.id, sortedProps(row.props as Record<string, unknown>)]))),
    relationships: digest(relationships.map((row) => JSON.stringify([row.type, row.from, row.to, evidence(row.props as Record<string, unknown>)]))),
  };
}
