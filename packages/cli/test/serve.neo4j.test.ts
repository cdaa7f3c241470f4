/**
 * `kg serve` over an existing Neo4j database: two folders ingested with one `kg ingest`, then the API
 * served over the database as it is, in a child process on a real port.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { SEEDS_DIR, testDriver, testSettings, wipe } from '../../store/test/neo4j-helpers.js';

const CLI = join(import.meta.dirname, '..', 'src', 'kg.ts');
const run = promisify(execFile);
let child: ChildProcess | null = null;
let env: Record<string, string>;

beforeAll(async () => {
  const settings = testSettings();
  const driver = await testDriver();
  await wipe(driver);
  await driver.close();
  env = { ...(process.env as Record<string, string>), NEO4J_URI: settings.uri, NEO4J_USER: settings.user, NEO4J_PASSWORD: settings.password, NEO4J_DATABASE: settings.database };
  // The seeds in two folders, as a researcher's corpus often is.
  const root = mkdtempSync(join(tmpdir(), 'kg-serve-neo4j-'));
  const [first, second] = [join(root, 'one'), join(root, 'two')];
  mkdirSync(first);
  mkdirSync(second);
  readdirSync(SEEDS_DIR).forEach((file, i) => copyFileSync(join(SEEDS_DIR, file), join(i % 2 ? second : first, file)));
  await run(process.execPath, ['--import', 'tsx', CLI, 'ingest', first, second, '--graph', join(root, 'graph.jsonl'), '--quiet'], { env });
});
afterAll(() => {
  child?.kill('SIGTERM');
});

describe('kg serve over Neo4j', () => {
  it('serves the database as loaded, with no extraction file', async () => {
    const port = String(20_000 + Math.floor(Math.random() * 20_000));
    child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--port', port], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    await new Promise<void>((resolve, reject) => {
      child!.stderr!.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('serving http://')) resolve();
      });
      child!.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    expect(stderr).toMatch(/store: neo4j at bolt:\/\/.*\(5 articles\)/);
    const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
    expect(health).toMatchObject({ store: 'neo4j', counts: { Article: 5 } });
    const holders = await (await fetch(`http://127.0.0.1:${port}/api/positions/holders?title=${encodeURIComponent('Trưởng ban Tổ chức TW')}`)).json();
    expect(holders.holders.map((h: { person: { name: string } }) => h.person.name)).toEqual(['Lê Minh Hưng']);
  });

  it('names the server it cannot reach, without a password, and exits 1', async () => {
    const unreachable = { ...env, NEO4J_URI: 'bolt://127.0.0.1:1' };
    const failed = await run(process.execPath, ['--import', 'tsx', CLI, 'serve'], { env: unreachable }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringMatching(/kg serve: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/) });
    expect((failed as { stderr: string }).stderr).not.toContain(env.NEO4J_PASSWORD!);
  });
});
