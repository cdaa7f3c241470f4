import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';

import { edgeRow, retryLockConflicts, toColumns, toProperties } from './loader.js';

describe('toProperties', () => {
  it('keeps what Neo4j can store and writes the rest as JSON text', () => {
    expect(toProperties({ name: 'Tô Lâm', ordinal: 14, share: 0.5, aliases: ['Lâm'], gone: null, reason: { by: 'name' }, mixed: [1, 'a'] })).toEqual({
      name: 'Tô Lâm',
      ordinal: neo4j.int(14),
      share: 0.5,
      aliases: ['Lâm'],
      gone: null,
      reason: '{"by":"name"}',
      mixed: '[1,"a"]',
    });
  });
});

describe('edgeRow', () => {
  it('lays evidence out as aligned lists, an unknown date as the empty string', () => {
    const row = edgeRow({
      kind: 'edge',
      type: 'ATTENDED',
      from: 'person:a',
      to: 'event:b',
      props: { role: 'chaired' },
      articles: ['a:1', 'a:2'],
      evidence: [
        { article: 'a:1', quote: 'q1', start: 3, end: 9, asOf: '2025-01-02' },
        { article: 'a:2', quote: 'q2', start: 0, end: 2 },
      ],
    });
    expect(row).toMatchObject({
      evidenceArticles: ['a:1', 'a:2'],
      evidenceQuotes: ['q1', 'q2'],
      evidenceStarts: [neo4j.int(3), neo4j.int(0)],
      evidenceAsOf: ['2025-01-02', ''],
    });
  });
});

describe('toColumns', () => {
  it('sends each field as one list, and row lists flat with the bounds of each row', () => {
    const rows = [
      { id: 'x', articles: ['a:1', 'a:2'], quotes: ['q1', 'q2'], starts: [1, 2] },
      { id: 'y', articles: [], quotes: [], starts: [] },
      { id: 'z', articles: ['a:3'], quotes: ['q3'], starts: [3] },
    ];
    expect(toColumns(rows, { articleBounds: ['articles'], evidenceBounds: ['quotes', 'starts'] })).toEqual({
      id: ['x', 'y', 'z'],
      articles: ['a:1', 'a:2', 'a:3'],
      articleBounds: [0, 2, 2, 3].map((n) => neo4j.int(n)),
      quotes: ['q1', 'q2', 'q3'],
      starts: [1, 2, 3],
      evidenceBounds: [0, 2, 2, 3].map((n) => neo4j.int(n)),
    });
  });

  it('keeps lists whole when no group names them', () => {
    expect(toColumns([{ id: 'x', aliases: ['A'] }])).toEqual({ id: ['x'], aliases: [['A']] });
  });
});

describe('retryLockConflicts', () => {
  const failing = (codes: string[]) => {
    let calls = 0;
    const attempt = async () => {
      const code = codes[calls++];
      if (code) throw Object.assign(new Error(code), { code });
      return calls;
    };
    return { attempt, calls: () => calls };
  };

  it('runs a batch that lost a deadlock again', async () => {
    const { attempt } = failing(['Neo.TransientError.Transaction.DeadlockDetected', 'Neo.TransientError.Transaction.DeadlockDetected']);
    await expect(retryLockConflicts(attempt, 5, 1)).resolves.toBe(3);
  });

  it('gives up after the given number of tries', async () => {
    const { attempt, calls } = failing(Array(9).fill('Neo.TransientError.Transaction.DeadlockDetected'));
    await expect(retryLockConflicts(attempt, 3, 1)).rejects.toThrow('DeadlockDetected');
    expect(calls()).toBe(3);
  });

  it('does not repeat other failures', async () => {
    const { attempt, calls } = failing(['Neo.ClientError.Statement.SyntaxError']);
    await expect(retryLockConflicts(attempt, 5, 1)).rejects.toThrow('SyntaxError');
    expect(calls()).toBe(1);
  });
});
