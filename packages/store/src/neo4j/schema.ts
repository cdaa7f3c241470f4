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

const snake = (label: string) => label.replace(/[A-Z]/g, (c, i: number) => `${i ? '_' : ''}${c.toLowerCase()}`);

/** Uniqueness of id: needed before any write (MERGE finds nodes through these). */
export const CONSTRAINT_STATEMENTS: string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  ...[...NODE_LABELS, 'Article'].map((label) => `CREATE CONSTRAINT ${snake(label)}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`),
];

/** Lookup indexes for researchers' queries and search. */
export const INDEX_STATEMENTS: string[] = [
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

export const SCHEMA_STATEMENTS = [...CONSTRAINT_STATEMENTS, ...INDEX_STATEMENTS];

async function runAll(driver: Driver, database: string, statements: string[]): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of statements) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}

/** Create constraints and indexes (idempotent) and wait until they are online. */
export async function ensureSchema(driver: Driver, database: string): Promise<void> {
  await runAll(driver, database, SCHEMA_STATEMENTS);
}

/**
 * Schema for a load. Constraints are made at once. On a database without the lookup indexes yet (a
 * first load) those are made by the returned function after the load: one bulk population is much
 * cheaper than updating the full-text index node by node.
 */
export async function prepareSchemaForLoad(driver: Driver, database: string): Promise<() => Promise<void>> {
  const result = await driver.executeQuery('SHOW INDEXES YIELD name WHERE name = $name RETURN count(*) AS present', { name: NAME_INDEX }, { database });
  const indexesExist = Number(result.records[0]?.get('present')) > 0;
  if (indexesExist) {
    await ensureSchema(driver, database);
    return async () => {};
  }
  await runAll(driver, database, CONSTRAINT_STATEMENTS);
  return () => runAll(driver, database, INDEX_STATEMENTS);
}
