/**
 * `kg start` (pnpm start) and `kg serve` end to end, embedded store: a child process, a real port.
 * The first start extracts and saves the store; a restart with the same corpus opens it instead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

const CLI = join(import.meta.dirname, '..', 'src', 'kg.ts');
const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds');
let child: ChildProcess | null = null;

afterEach(() => {
  child?.kill('SIGTERM');
  child = null;
});

/** Start the CLI and wait for its "serving" line; returns everything it wrote to stderr by then. */
function launch(args: string[], env: Record<string, string>): Promise<string> {
  const cleanEnv = { ...process.env };
  for (const name of ['NEO4J_URI', 'NEO4J_PASSWORD', 'NEO4J_USER']) delete cleanEnv[name];
  child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...cleanEnv, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  return new Promise((resolve, reject) => {
    child!.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('serving http://')) resolve(stderr);
    });
    child!.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
  });
}

async function stop(): Promise<void> {
  const exited = new Promise((resolve) => child!.once('exit', resolve));
  child!.kill('SIGTERM');
  await exited;
  child = null;
}

const freePort = () => String(20_000 + Math.floor(Math.random() * 20_000));

describe('kg start', () => {
  it('extracts the corpus into the embedded store, serves it, and on restart opens the saved store', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kg-start-'));
    const corpus = join(root, 'corpus');
    mkdirSync(corpus);
    for (const file of readdirSync(SEEDS).slice(0, 2)) copyFileSync(join(SEEDS, file), join(corpus, file));
    const port = freePort();
    const env = { CORPUS_DIR: corpus, DATA_DIR: join(root, 'data'), PORT: port };

    const first = await launch(['start'], env);
    expect(first).toMatch(/store: embedded, built from .*corpus and saved to .*embedded-store\.json/);
    expect(first).toMatch(/to use Neo4j instead: pnpm neo4j:start/);
    const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
    expect(health).toMatchObject({ store: 'embedded', counts: { Article: 2 } });
    await stop();

    const second = await launch(['start'], env);
    expect(second).toContain('opened');
    expect(second).not.toContain('extracting');
    await stop();

    copyFileSync(join(SEEDS, readdirSync(SEEDS)[2]!), join(corpus, 'added.txt'));
    const third = await launch(['start'], env);
    expect(third).toContain('extracting');
    expect((await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()).counts.Article).toBe(3);
  });

  it('names a missing corpus folder', async () => {
    await expect(launch(['start'], { CORPUS_DIR: '/nonexistent/corpus', PORT: freePort() })).rejects.toThrow(/corpus folder \/nonexistent\/corpus not found/);
  });
});

describe('kg serve', () => {
  it('serves a given extraction', async () => {
    const port = freePort();
    const root = mkdtempSync(join(tmpdir(), 'kg-serve-'));
    const graph = join(root, 'graph.jsonl');
    const extract = spawn(process.execPath, ['--import', 'tsx', CLI, 'extract', SEEDS, '--out', graph, '--quiet']);
    await new Promise((resolve) => extract.on('exit', resolve));
    const log = await launch(['serve', '--graph', graph, '--port', port], {});
    expect(log).toMatch(/store: embedded, from .*graph\.jsonl/);
    const found = await (await fetch(`http://127.0.0.1:${port}/api/search?q=le%20minh%20hung`)).json();
    expect(found.results[0].name).toBe('Lê Minh Hưng');
  });
});
