import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseGraphLine, readGraphFile, scanGraphFile, type BadLine } from './graph-file.js';

const NODE = { kind: 'node', label: 'Person', id: 'person:tô-lâm', props: { name: 'Tô Lâm' }, articles: ['a:1'] };
const EDGE = {
  kind: 'edge',
  type: 'HELD_POSITION',
  from: 'person:tô-lâm',
  to: 'position:tổng-bí-thư',
  props: { status: 'current' },
  articles: ['a:1'],
  evidence: [{ article: 'a:1', quote: 'Tổng Bí thư Tô Lâm', start: 0, end: 18 }],
};

describe('parseGraphLine', () => {
  it.each([
    ['an article', { kind: 'article', id: 'a:1', title: null }],
    ['a node', NODE],
    ['an edge', EDGE],
  ])('accepts %s', (_name, record) => {
    expect(parseGraphLine(JSON.stringify(record))).toEqual(record);
  });

  it.each([
    ['broken JSON', '{"kind":', /not JSON/],
    ['an array', '[1,2]', /not a JSON object/],
    ['an unknown kind', '{"kind":"triple","id":"x"}', /unknown record kind "triple"/],
    ['an unknown label', JSON.stringify({ ...NODE, label: 'Person) DETACH DELETE (n' }), /unknown node label/],
    ['a node without articles', JSON.stringify({ ...NODE, articles: undefined }), /articles/],
    ['a type that is not an identifier', JSON.stringify({ ...EDGE, type: 'X]->() DELETE r //' }), /bad edge type/],
    ['an edge without endpoints', JSON.stringify({ ...EDGE, to: '' }), /"from" and "to"/],
    ['evidence without offsets', JSON.stringify({ ...EDGE, evidence: [{ article: 'a:1', quote: 'x' }] }), /evidence/],
  ])('rejects %s', (_name, line, reason) => {
    const parsed = parseGraphLine(line);
    expect('error' in parsed && parsed.error).toMatch(reason);
  });
});

describe('readGraphFile', () => {
  it('yields good records in order and names bad lines by number', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kg-graph-')), 'graph.jsonl');
    writeFileSync(path, [JSON.stringify(NODE), '', 'oops', JSON.stringify(EDGE), ''].join('\n'));
    const bad: BadLine[] = [];
    const records = [];
    for await (const record of readGraphFile(path, (b) => bad.push(b))) records.push(record.kind);
    expect(records).toEqual(['node', 'edge']);
    expect(bad).toEqual([{ line: 3, reason: expect.stringMatching(/not JSON/) }]);
    expect(await scanGraphFile(path)).toEqual({ lines: 4, kindOrdered: false });
  });

  it('names a line that gives its kind twice, in every pass', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kg-graph-')), 'graph.jsonl');
    writeFileSync(path, `${JSON.stringify(NODE).slice(0, -1)},"kind":"article"}\n`);
    for (const only of [undefined, 'article', 'node'] as const) {
      const bad: BadLine[] = [];
      const records = [];
      for await (const record of readGraphFile(path, (b) => bad.push(b), only)) records.push(record);
      expect(records).toEqual([]);
      expect(bad.map((b) => b.line)).toEqual(only === 'article' ? [] : [1]);
    }
  });
});

describe('scanGraphFile', () => {
  const ARTICLE = { kind: 'article', id: 'a:1', title: 'Hội nghị' };
  const fileOf = (lines: string[]) => {
    const path = join(mkdtempSync(join(tmpdir(), 'kg-scan-')), 'graph.jsonl');
    writeFileSync(path, lines.join('\n'));
    return path;
  };
  /** A node line of exactly `bytes` bytes (ASCII). */
  const nodeOfLength = (bytes: number) => {
    const bare = JSON.stringify({ ...NODE, id: 'person:x', props: { name: '' } });
    return JSON.stringify({ ...NODE, id: 'person:x', props: { name: 'x'.repeat(bytes - bare.length) } });
  };

  it('counts lines, the last one without its newline too, and sees kg extract order', async () => {
    const path = fileOf([JSON.stringify(ARTICLE), JSON.stringify(NODE), '', JSON.stringify(EDGE)]);
    expect(await scanGraphFile(path)).toEqual({ lines: 4, kindOrdered: true });
  });

  it('reads a file with Windows line ends as ordered', async () => {
    expect(await scanGraphFile(fileOf([`${JSON.stringify(ARTICLE)}\r`, `${JSON.stringify(NODE)}\r`, '']))).toEqual({ lines: 2, kindOrdered: true });
  });

  it.each([
    ['an article after a node', [JSON.stringify(NODE), JSON.stringify(ARTICLE)]],
    ['lines ended by a carriage return alone', [`${JSON.stringify(ARTICLE)}\r${JSON.stringify(NODE)}`]],
    ['a record whose kind is not first', [JSON.stringify(ARTICLE), JSON.stringify({ id: 'a:2', kind: 'article' })]],
  ])('finds the order unknown for %s', async (_name, lines) => {
    expect((await scanGraphFile(fileOf(lines))).kindOrdered).toBe(false);
  });

  it('reads a line start that a 64 KiB read cuts in two', async () => {
    // The second line starts 8 bytes before the end of the stream's first chunk.
    const first = nodeOfLength(65536 - 8 - 1);
    expect(await scanGraphFile(fileOf([first, JSON.stringify(NODE), JSON.stringify(EDGE)]))).toEqual({ lines: 3, kindOrdered: true });
    expect(await scanGraphFile(fileOf([first, JSON.stringify(ARTICLE), JSON.stringify(EDGE)]))).toEqual({ lines: 3, kindOrdered: false });
  });
});
