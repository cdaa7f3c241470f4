import neo4j from 'neo4j-driver';
import { readFileSync } from 'node:fs';
const driver = neo4j.driver('bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', 'kg-local-pass'));
const s = driver.session();
const lines = readFileSync('/tmp/vnkg-bench-graph-8696.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const persons = lines.filter((r) => r.label === 'Person').map((n) => ({ id: n.id, props: n.props, articles: n.articles }));
const arts = lines.filter((r) => r.kind === 'article').map((a) => ({ id: a.id }));
const variants: Record<string, string> = {
  A_current: 'UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n:Person, n += row.props WITH n, row UNWIND row.articles AS aid MATCH (a:Article {id: aid}) MERGE (n)-[:MENTIONED_IN]->(a)',
  A_noMention: 'UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n:Person, n += row.props',
  B_labelMerge: 'UNWIND $rows AS row MERGE (n:Person {id: row.id}) ON CREATE SET n:Entity SET n += row.props',
  C_create: 'UNWIND $rows AS row CREATE (n:Person:Entity {id: row.id}) SET n += row.props',
  D_createNoProps: 'UNWIND $rows AS row CREATE (n:Person:Entity {id: row.id})',
};
for (const [name, q] of Object.entries(variants)) {
  await s.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  await s.run('UNWIND $rows AS row MERGE (a:Article {id: row.id})', { rows: arts });
  const t0 = Date.now();
  for (let b = 0; b < persons.length; b += 5000) await s.executeWrite((tx) => tx.run(q, { rows: persons.slice(b, b + 5000) }));
  console.log(name, persons.length, 'in', Date.now() - t0, 'ms');
}
await s.close(); await driver.close();
