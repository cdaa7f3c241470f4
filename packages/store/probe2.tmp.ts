import neo4j from 'neo4j-driver';
const driver = neo4j.driver('bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', 'kg-local-pass'));
const s = driver.session();
await s.run('MATCH (n:Tmp) DETACH DELETE n');
await s.run('CREATE CONSTRAINT tmp_id IF NOT EXISTS FOR (n:Tmp) REQUIRE n.id IS UNIQUE');
for (const round of [0, 1, 2]) {
  const t0 = Date.now();
  for (let b = 0; b < 10; b++) {
    const rows = Array.from({ length: 2000 }, (_, i) => ({ id: `t-${round}-${b}-${i}`, props: { name: `Nguyễn Văn ${i}`, aliases: [] } }));
    await s.executeWrite((tx) => tx.run('UNWIND $rows AS row MERGE (n:Tmp {id: row.id}) SET n += row.props', { rows }));
  }
  console.log('20000 plain merges', Date.now() - t0, 'ms');
}
await s.run('MATCH (n:Tmp) DETACH DELETE n'); await s.run('DROP CONSTRAINT tmp_id');
await s.close(); await driver.close();
