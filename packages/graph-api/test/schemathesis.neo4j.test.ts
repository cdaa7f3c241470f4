/**
 * The API against its own OpenAPI document, by schemathesis (PyPI, in a virtualenv under data/), on
 * both stores over the seeds: examples, coverage of every bound and type, and fuzzing, with every
 * check on (server errors, undocumented codes, response shapes, valid data refused, invalid data
 * accepted, 405 for undeclared methods). schemathesis.toml states the one judgement we set. The
 * embedded run leaves out POST /api/cypher, which needs Neo4j (a documented 501 there).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runExtraction, type GraphRecord } from '@vnkg/extractor';
import { EmbeddedStore, loadGraphFile, Neo4jStore } from '@vnkg/store';

import { ensureVenv } from '../../../tools/python/venv.js';
import { extractSeeds, testDriver, testSettings, wipe } from '../../store/test/neo4j-helpers.js';
import { startApi, type TestApi } from './api-helpers.js';

const HERE = join(import.meta.dirname, 'schemathesis');
const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds');
let st: string;
const apis: TestApi[] = [];
let neo4jStore: Neo4jStore;

beforeAll(async () => {
  st = join(ensureVenv(join(HERE, 'requirements.txt'), 'schemathesis-venv'), 'bin', 'st');
  const driver = await testDriver();
  await wipe(driver);
  await loadGraphFile(driver, (await extractSeeds()).path, { database: testSettings().database, batchSize: 100 });
  await driver.close();
  neo4jStore = new Neo4jStore(await testDriver(), testSettings().database);
}, 600_000);
afterAll(async () => {
  for (const api of apis) await api.close();
  await neo4jStore?.close();
});

/** schemathesis over one API; its report when it finds anything. */
async function schemathesis(api: TestApi, ...extra: string[]): Promise<{ code: number; report: string }> {
  const args = ['--config-file', join(HERE, 'schemathesis.toml'), 'run', `${api.url}/api/openapi.json`, '--checks', 'all', '--max-examples', '60', '--seed', '20261202', '--workers', '1', '--no-color', ...extra];
  try {
    const { stdout } = await promisify(execFile)(st, args, { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, report: stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, report: `${failed.stdout ?? ''}\n${failed.stderr ?? ''}` };
  }
}

/**
 * Every generated case passed. (A warning may stand beside it: random strings sent as Cypher are mostly
 * syntax errors, which schemathesis notes as "mostly rejected"; that is the nature of a query language.)
 */
const ALL_PASSED = /Test cases:\s+(\d+) generated, \1 passed/;

/** What a failing run found, without its very long reproduction lines. */
const findings = (report: string) => report.split('\n').filter((line) => line.length < 400).slice(-80).join('\n');

describe('schemathesis', () => {
  it('finds nothing on the embedded store', async () => {
    const records: GraphRecord[] = [];
    await runExtraction([SEEDS], { write: (r) => records.push(r) });
    const api = await startApi(EmbeddedStore.fromRecords(records));
    apis.push(api);
    const { code, report } = await schemathesis(api, '--exclude-path', '/api/cypher');
    expect(code, findings(report)).toBe(0);
    expect(report).toMatch(ALL_PASSED);
  });

  it('finds nothing on Neo4j, Cypher included', async () => {
    const api = await startApi(neo4jStore);
    apis.push(api);
    const { code, report } = await schemathesis(api);
    expect(code, findings(report)).toBe(0);
    expect(report).toMatch(ALL_PASSED);
  });
});
