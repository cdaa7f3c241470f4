/**
 * The researchers' notebooks, executed top to bottom with nbclient against the seeds in a real Neo4j.
 * The Python virtualenv (examples/requirements.txt) is made here, in data/python-venv, and remade when
 * the requirements change.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadGraphFile } from '../../packages/store/src/index.js';
import { extractSeeds, testDriver, testSettings, wipe } from '../../packages/store/test/neo4j-helpers.js';
import { ensureVenv, ROOT } from '../../tools/python/venv.js';

const REQUIREMENTS = join(ROOT, 'examples', 'requirements.txt');
const OUTPUT = join(ROOT, 'test-artifacts', 'notebooks');

interface Cell {
  cell_type: string;
  source: string[];
  outputs?: Array<{ output_type: string; text?: string[]; data?: Record<string, string | string[]> }>;
}

/** The text a code cell printed or displayed (text/plain), found by a line of its source. */
function outputOf(notebook: string, sourceLine: string): { text: string; png: string } {
  const cells = (JSON.parse(readFileSync(join(OUTPUT, notebook), 'utf8')) as { cells: Cell[] }).cells;
  const cell = cells.find((c) => c.cell_type === 'code' && c.source.join('').includes(sourceLine));
  if (!cell) throw new Error(`${notebook}: no cell with ${sourceLine}`);
  const join_ = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join('') : (value ?? ''));
  const outputs = cell.outputs ?? [];
  return {
    text: outputs.map((o) => join_(o.text) + join_(o.data?.['text/plain'])).join('\n'),
    png: outputs.map((o) => join_(o.data?.['image/png'])).join(''),
  };
}

let driver: Driver;
beforeAll(async () => {
  const python = join(ensureVenv(REQUIREMENTS, 'python-venv'), 'bin', 'python');
  driver = await testDriver();
  await wipe(driver);
  await loadGraphFile(driver, (await extractSeeds()).path, { database: testSettings().database, batchSize: 500 });
  const settings = testSettings();
  execFileSync(python, [join(ROOT, 'examples', 'run_notebooks.py'), OUTPUT], {
    env: { ...process.env, NEO4J_URI: settings.uri, NEO4J_USER: settings.user, NEO4J_PASSWORD: settings.password },
    stdio: 'inherit',
  });
}, 900_000);
afterAll(async () => {
  await driver?.close();
});

describe('who-held-which-office.ipynb', () => {
  it('shows Lê Minh Hưng in the succession table of Trưởng Ban Tổ chức Trung ương', () => {
    expect(outputOf('who-held-which-office.ipynb', 'succession = query(').text).toMatch(/Lê Minh Hưng\s+current\s+None\s+None\s+2024-12-16\s+2024-12-16/);
  });

  it("shows Lê Minh Hưng's offices in his timeline", () => {
    const { text } = outputOf('who-held-which-office.ipynb', 'timeline = query(');
    for (const office of ['Ủy viên Bộ Chính trị', 'Bí thư Trung ương Đảng', 'Trưởng Ban Tổ chức Trung ương']) expect(text).toContain(office);
  });

  it('lists provincial offices and their holders on a date', () => {
    const { text } = outputOf('who-held-which-office.ipynb', 'on_date = query(');
    expect(text).toMatch(/Lai Châu\s+Phó Bí thư Thường trực Tỉnh ủy Lai Châu\s+Vũ Mạnh Hà/);
  });
});

describe('networks.ipynb', () => {
  it('links people who attended the same conference', () => {
    const { text } = outputOf('networks.ipynb', 'co_attendance_table = pd.DataFrame(');
    expect(text).toMatch(/Lê Minh Hưng\s+Tô Lâm\s+1/);
  });

  it('lists the plans implementing documents and draws the network', () => {
    expect(outputOf('networks.ipynb', 'implements = query(').text).toMatch(/43-KH\/TU\s+\S+\s+21-KL\/TW/);
    const { png } = outputOf('networks.ipynb', 'figure, axes = plt.subplots(');
    expect(Buffer.from(png, 'base64').subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(join(OUTPUT, 'implements.png')).size).toBeGreaterThan(5_000);
  });

  it('draws the co-attendance network', () => {
    const { png } = outputOf('networks.ipynb', 'co_attendance.png');
    expect(Buffer.from(png, 'base64').subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(join(OUTPUT, 'co_attendance.png')).size).toBeGreaterThan(5_000);
  });
});
