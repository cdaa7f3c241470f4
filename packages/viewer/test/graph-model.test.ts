import { describe, expect, it } from 'vitest';

import { createGraph, datesOf, emptyFilters, mergeSubgraph, visibleCounts } from '../src/graph-model.js';
import { readUrlState, writeUrlState } from '../src/url-state.js';

const node = (id: string, label: string) => ({ id, label, name: id, props: {} });
const subgraph = {
  nodes: [node('p', 'Person'), node('o', 'Position'), node('e', 'Event'), node('g', 'Organization')],
  edges: [
    { type: 'HELD_POSITION', from: 'p', to: 'o', props: { asOf: '2020-01-01' } },
    { type: 'ATTENDED', from: 'p', to: 'e', props: { date: '2024-12-16' } },
    { type: 'POSITION_IN', from: 'o', to: 'g', props: {} },
  ],
  truncated: false,
};

describe('graph model', () => {
  it('merges subgraphs once, sizing nodes by degree', () => {
    const graph = createGraph();
    expect(mergeSubgraph(graph, subgraph, null)).toEqual(['p', 'o', 'e', 'g']);
    expect(mergeSubgraph(graph, subgraph, { x: 0, y: 0 })).toEqual([]);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttribute('p', 'size')).toBeGreaterThan(graph.getNodeAttribute('g', 'size'));
  });

  it('shows the graph as of a date: later facts hide, undated ones stay', () => {
    const graph = createGraph();
    mergeSubgraph(graph, subgraph, null);
    const filters = emptyFilters();
    expect(visibleCounts(graph, filters)).toEqual({ nodes: 4, edges: 3 });
    filters.asOf = '2021-06-30';
    expect(visibleCounts(graph, filters)).toEqual({ nodes: 4, edges: 2 });
    expect(datesOf(graph)).toEqual(['2020-01-01', '2024-12-16']);
  });

  it('filters by label, relationship type and hidden nodes', () => {
    const graph = createGraph();
    mergeSubgraph(graph, subgraph, null);
    const filters = emptyFilters();
    filters.hiddenLabels.add('Event');
    expect(visibleCounts(graph, filters)).toEqual({ nodes: 3, edges: 2 });
    filters.hiddenTypes.add('POSITION_IN');
    filters.hiddenNodes.add('o');
    expect(visibleCounts(graph, filters)).toEqual({ nodes: 2, edges: 0 });
  });
});

describe('URL state', () => {
  it('round-trips and ignores what it does not know', () => {
    const state = { node: 'person:lê-minh-hưng', asOf: '2025-01-01', hiddenLabels: ['Event'], hiddenTypes: ['LOCATED_IN'], lang: 'en' as const, top: 50 };
    expect(readUrlState(writeUrlState(state))).toEqual(state);
    expect(readUrlState('#date=yesterday&lang=xx')).toEqual({ node: null, asOf: null, hiddenLabels: [], hiddenTypes: [], lang: 'vi', top: null });
  });
});
