/**
 * Global setup of the Neo4j test project. Tests run against a real server, never a mock:
 *   - NEO4J_TEST_URI set (CI starts one): that server, which must answer; it is wiped by the tests.
 *   - otherwise a dedicated local server (port 7688, data/neo4j-test) is started here and stopped after.
 * A server that cannot be reached fails the run; Neo4j tests are never skipped.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import type { TestProject } from 'vitest/node';

import { connectNeo4j, type Neo4jSettings } from '../src/index.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const LOCAL_TEST_SERVER = { port: '7688', dataDir: join(ROOT, 'data', 'neo4j-test'), password: 'kg-test-pass' };

export default async function setup(project: TestProject): Promise<() => void> {
  const external = process.env.NEO4J_TEST_URI;
  const settings: Neo4jSettings = external
    ? { uri: external, user: process.env.NEO4J_TEST_USER || 'neo4j', password: process.env.NEO4J_TEST_PASSWORD ?? '', database: 'neo4j' }
    : { uri: `bolt://127.0.0.1:${LOCAL_TEST_SERVER.port}`, user: 'neo4j', password: LOCAL_TEST_SERVER.password, database: 'neo4j' };
  const serverEnv = { ...process.env, NEO4J_PORT: LOCAL_TEST_SERVER.port, NEO4J_DATA_DIR: LOCAL_TEST_SERVER.dataDir, NEO4J_PASSWORD: LOCAL_TEST_SERVER.password };
  if (!external) execFileSync('bash', [join(ROOT, 'scripts', 'neo4j-start.sh')], { env: serverEnv, stdio: 'inherit' });
  // Throws "cannot reach Neo4j at …" and so fails the run when the server is absent.
  const driver = await connectNeo4j(settings);
  await driver.close();
  project.provide('neo4jTest', settings);
  return () => {
    if (!external) execFileSync('bash', [join(ROOT, 'scripts', 'neo4j-stop.sh')], { env: serverEnv, stdio: 'inherit' });
  };
}
