import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { countLines, parseGraphLine, readGraphFile, type BadLine } from './graph-file.js';

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
    expect(await countLines(path)).toBe(4);
  });
});
