/**
 * Neo4j schema
 * ============
 * Every node carries its own label and the shared label Entity (Article nodes stand apart), so an
 * edge's endpoints are found through one unique index whatever their labels. Created with
 * IF NOT EXISTS, so running it again changes nothing.
 */
import type { Driver } from 'neo4j-driver';

import { NODE_LABELS } from '../graph-file.js';

/**
 * The full-text index that finds names, titles and numbers without their diacritics ("le minh hung"):
 * over `searchText`, which the loader writes already folded (đ → d) with one space between words. The
 * analyzer has no stop words: an English list would drop folded syllables such as "to" (Tô), "the" (Thế).
 */
export const NAME_INDEX = 'entity_search';

export const LOAD_LOCK_LABEL = 'LoadLock';

const snake = (label: string) => label.replace(/[A-Z]/g, (c, i: number) => `${i ? '_' : ''}${c.toLowerCase()}`);

export const SCHEMA_STATEMENTS: string[] = [
  // Uniqueness of id, per label and across entities (MERGE finds nodes through these).
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  ...[...NODE_LABELS, 'Article'].map((label) => `CREATE CONSTRAINT ${snake(label)}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`),
  // Evidence sentences as nodes (cypher.ts): found by id when rewritten, by fact when a fact is read.
  'CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX evidence_fact IF NOT EXISTS FOR (n:Evidence) ON (n.fact)',
  // What loads lock so that they run one at a time (loader.ts); the node itself is never committed.
  `CREATE CONSTRAINT load_lock_id IF NOT EXISTS FOR (n:${LOAD_LOCK_LABEL}) REQUIRE n.id IS UNIQUE`,
  // Lookup indexes for researchers' queries and search.
  'CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)',
  'CREATE INDEX position_title IF NOT EXISTS FOR (n:Position) ON (n.title)',
  'CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name)',
  'CREATE INDEX province_name IF NOT EXISTS FOR (n:Province) ON (n.name)',
  'CREATE INDEX congress_name IF NOT EXISTS FOR (n:Congress) ON (n.name)',
  'CREATE INDEX resolution_number IF NOT EXISTS FOR (n:Resolution) ON (n.number)',
  'CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name)',
  'CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)',
  'CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published)',
  `CREATE FULLTEXT INDEX ${NAME_INDEX} IF NOT EXISTS FOR (n:${NODE_LABELS.join('|')}) ON EACH [n.searchText]
   OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-no-stop-words'}}`,
];

/** Create constraints and indexes (idempotent) and wait until they are online. */
export async function ensureSchema(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // A database made before a label was added has the full-text index over fewer labels: made again.
    const existing = await session.run('SHOW INDEXES YIELD name, labelsOrTypes WHERE name = $name RETURN labelsOrTypes', { name: NAME_INDEX });
    const labels = existing.records[0]?.get('labelsOrTypes') as string[] | undefined;
    if (labels && [...labels].sort().join('|') !== [...NODE_LABELS].sort().join('|')) await session.run(`DROP INDEX ${NAME_INDEX}`);
    for (const statement of SCHEMA_STATEMENTS) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}
