/**
 * A load in a process of its own that says where it is, for the tests that kill a load at a chosen
 * phase: prints "<phase> <done>" after each batch. usage: tsx load-reporting.ts <graph.jsonl> <batch size>
 * The server's settings come as JSON in KG_TEST_NEO4J (the test's own testSettings()).
 */
import { connectNeo4j, loadGraphFile, type Neo4jSettings } from '../src/index.js';

const [path, batchSize] = process.argv.slice(2) as [string, string];
const settings = JSON.parse(process.env.KG_TEST_NEO4J ?? '{}') as Neo4jSettings;
const driver = await connectNeo4j(settings);
await loadGraphFile(driver, path, { database: settings.database, batchSize: Number(batchSize), onProgress: ({ phase, done }) => process.stdout.write(`${phase} ${done}\n`) });
await driver.close();
process.stdout.write('done\n');
