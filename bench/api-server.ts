/**
 * The API server the API benchmark measures, in its own process so the load generator does not share
 * its event loop. usage: tsx bench/api-server.ts <embedded|neo4j> <graph.jsonl> <port>
 */
import { createApp } from '../packages/graph-api/src/index.js';
import { readConfig } from '../packages/cli/src/config.js';
import { connectNeo4j, EmbeddedStore, Neo4jStore, type GraphStore } from '../packages/store/src/index.js';

const [kind, graph, port] = process.argv.slice(2) as [string, string, string];
let store: GraphStore;
if (kind === 'neo4j') {
  const settings = readConfig().neo4j!;
  store = new Neo4jStore(await connectNeo4j(settings), settings.database);
} else {
  store = await EmbeddedStore.fromGraphFile(graph, () => {});
}
createApp({ store }).listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
