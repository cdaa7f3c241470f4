import { describe, expect, it } from 'vitest';

import type { EdgeRecord } from '../types.js';
import { GraphBuilder } from './graph-builder.js';

const holding = (article: string, asOf: string | null, status: string, dates: { since?: string; until?: string } = {}): EdgeRecord => ({
  kind: 'edge',
  type: 'HELD_POSITION',
  from: 'person:a',
  to: 'position:b',
  props: { status, asOf, rule: 'test' },
  articles: [article],
  evidence: [{ article, quote: `câu của ${article}`, start: 0, end: 10, asOf, status, ...dates }],
});

function merged(...edges: EdgeRecord[]): EdgeRecord {
  const graph = new GraphBuilder();
  try {
    graph.addEdges(edges);
    return [...graph.allEdges()][0]!;
  } finally {
    graph.close();
  }
}

describe('output/graph-builder', () => {
  it('dates a fact by its earliest observation and gives it the status of its latest, in any input order', () => {
    const early = holding('a:1', '2019-05-01', 'current', { since: '2019-04' });
    const late = holding('a:2', '2023-02-10', 'former', { until: '2022-12' });
    for (const edge of [merged(early, late), merged(late, early)]) {
      expect(edge.props).toMatchObject({ asOf: '2019-05-01', status: 'former', since: '2019-04', until: '2022-12' });
      expect(edge.evidence.map((e) => e.article).sort()).toEqual(['a:1', 'a:2']);
    }
  });

  it('takes the status of the latest observation however many came between', () => {
    const edge = merged(holding('a:1', '2020-01-01', 'current'), holding('a:2', '2023-01-01', 'former'), holding('a:3', '2021-01-01', 'current'));
    expect(edge.props).toMatchObject({ asOf: '2020-01-01', status: 'former' });
  });

  it('takes the latest end by its last day: a year outlasts a day within it', () => {
    expect(merged(holding('a:1', '2020-01-01', 'former', { until: '2019' }), holding('a:2', '2020-02-01', 'former', { until: '2019-03-21' })).props.until).toBe('2019');
  });

  it('keeps the first status when the articles are undated', () => {
    expect(merged(holding('a:1', null, 'current'), holding('a:2', null, 'former')).props.status).toBe('current');
  });
});
