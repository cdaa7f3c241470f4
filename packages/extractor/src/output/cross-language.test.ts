import { describe, expect, it } from 'vitest';

import type { EdgeRecord, NodeRecord } from '../types.js';
import { crossLanguageLinks } from './cross-language.js';
import { GraphBuilder } from './graph-builder.js';

const person = (id: string, name: string, article: string): NodeRecord => ({ kind: 'node', label: 'Person', id, props: { name, aliases: [] }, articles: [article] });
const position = (id: string, province: string | null): NodeRecord => ({ kind: 'node', label: 'Position', id, props: { title: id, province }, articles: ['a:vi'] });
const held = (from: string, to: string, article: string): EdgeRecord => ({
  kind: 'edge',
  type: 'HELD_POSITION',
  from,
  to,
  props: { status: 'current', asOf: '2024-01-01' },
  articles: [article],
  evidence: [{ article, quote: `${from} ${to}`, start: 0, end: 5 }],
});

describe('output/cross-language', () => {
  const facts = new Map<string, Set<string>>([
    ['person:en', new Set(['position:x'])],
    ['person:vi-1', new Set(['position:x'])],
    ['person:vi-2', new Set(['position:y'])],
  ]);
  const factsOf = (id: string): Set<string> => facts.get(id) ?? new Set();

  it('joins an undiacritised name to the one Vietnamese namesake whose office it shares', () => {
    const links = crossLanguageLinks([person('person:en', 'Hoang Van Son', 'a:en'), person('person:vi-1', 'Hoàng Văn Sơn', 'a:1'), person('person:vi-2', 'Hoàng Văn Sơn', 'a:2')], factsOf);
    expect([...links]).toEqual([['person:en', { to: 'person:vi-1', shared: ['position:x'] }]]);
  });

  it('never joins on the name alone, nor when two namesakes fit equally', () => {
    expect(crossLanguageLinks([person('person:en', 'Hoang Van Son', 'a:en'), person('person:vi-2', 'Hoàng Văn Sơn', 'a:2')], factsOf).size).toBe(0);
    const both = (id: string): Set<string> => (id === 'person:vi-2' ? new Set(['position:x']) : factsOf(id));
    expect(crossLanguageLinks([person('person:en', 'Hoang Van Son', 'a:en'), person('person:vi-1', 'Hoàng Văn Sơn', 'a:1'), person('person:vi-2', 'Hoàng Văn Sơn', 'a:2')], both).size).toBe(0);
  });

  it('moves the English holdings onto the Vietnamese person, keeping both spellings and why', () => {
    const graph = new GraphBuilder();
    try {
      graph.addNodes([person('person:hoang-van-son', 'Hoang Van Son', 'a:en'), person('person:hoàng-văn-sơn', 'Hoàng Văn Sơn', 'a:vi'), position('position:x', 'Lai Châu'), position('position:y', null)]);
      graph.addEdges([held('person:hoang-van-son', 'position:x', 'a:en'), held('person:hoang-van-son', 'position:y', 'a:en'), held('person:hoàng-văn-sơn', 'position:x', 'a:vi')]);
      expect(graph.linkLanguages()).toBe(1);
      const persons = graph.allNodes().filter((n) => n.label === 'Person');
      expect(persons).toHaveLength(1);
      expect(persons[0]!.props).toMatchObject({ name: 'Hoàng Văn Sơn', aliases: ['Hoang Van Son'] });
      expect(String(persons[0]!.props.mergedBy)).toContain('position:x');
      expect(persons[0]!.articles.sort()).toEqual(['a:en', 'a:vi']);
      const edges = [...graph.allEdges()];
      expect(edges.map((e) => `${e.from}>${e.to}`)).toEqual(['person:hoàng-văn-sơn>position:x', 'person:hoàng-văn-sơn>position:y']);
      expect(edges[0]!.evidence.map((e) => e.article).sort()).toEqual(['a:en', 'a:vi']);
    } finally {
      graph.close();
    }
  });
});
