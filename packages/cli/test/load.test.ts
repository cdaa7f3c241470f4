/** `kg load` failures that need no server: the settings missing, and a server that is not there. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '..', 'src', 'kg.ts');

async function kg(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stderr: string }> {
  const cleanEnv = { ...process.env };
  for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD']) delete cleanEnv[name];
  try {
    const { stderr } = await run(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...cleanEnv, ...env } });
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

const graphFile = () => {
  const path = join(mkdtempSync(join(tmpdir(), 'kg-cli-')), 'graph.jsonl');
  writeFileSync(path, '{"kind":"article","id":"a:1"}\n');
  return path;
};

describe('kg load', () => {
  it('says how to get a server when NEO4J_URI is not set', async () => {
    const { code, stderr } = await kg({}, 'load', graphFile());
    expect(code).toBe(2);
    expect(stderr).toMatch(/NEO4J_URI is not set.*pnpm neo4j:start/);
  });

  it('names the URI of a server it cannot reach, never the password', async () => {
    const { code, stderr } = await kg({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'secret-pw-123' }, 'load', graphFile());
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
    expect(stderr).not.toContain('secret-pw-123');
  });

  it('names a missing file', async () => {
    const { code, stderr } = await kg({ NEO4J_URI: 'bolt://127.0.0.1:1' }, 'load', '/nonexistent/graph.jsonl');
    expect(code).toBe(1);
    expect(stderr).toContain('/nonexistent/graph.jsonl: no such file');
  });

  it('rejects a batch size that is not a positive integer', async () => {
    const { code, stderr } = await kg({ NEO4J_URI: 'bolt://127.0.0.1:1' }, 'load', graphFile(), '--batch-size', 'lots');
    expect(code).toBe(2);
    expect(stderr).toContain('KG_BATCH_SIZE must be a positive integer, got "lots"');
  });
});
