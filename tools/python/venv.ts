/**
 * Python virtualenvs for the tests that run Python (the notebooks, schemathesis), each from its own
 * pinned requirements file, made under data/ and remade when that file changes. Uses the machine's
 * python3 (3.10+, with venv).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/** The venv's folder (bin/ inside), ready with the requirements installed. */
export function ensureVenv(requirements: string, name: string): string {
  const venv = join(ROOT, 'data', name);
  const marker = join(venv, 'requirements.sha256');
  const wanted = createHash('sha256').update(readFileSync(requirements)).digest('hex');
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== wanted) {
    execFileSync('python3', ['-m', 'venv', '--clear', venv], { stdio: 'inherit' });
    execFileSync(join(venv, 'bin', 'python'), ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', requirements], { stdio: 'inherit' });
    writeFileSync(marker, wanted);
  }
  return venv;
}
