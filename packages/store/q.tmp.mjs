import neo4j from 'neo4j-driver';
const d = neo4j.driver('bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', 'kg-local-pass'));
for (const q of process.argv.slice(2)) { const r = await d.executeQuery(q); console.log(r.records.map((x) => JSON.stringify(x.toObject())).join('\n')); }
await d.close();
