import { describe, expect, it } from 'vitest';

import { colouring, communities, topByDegree } from '../src/colouring.js';
import { createGraph, emptyFilters, labelCounts, mergeSubgraph, neighbourhoodOf, visibility, visibleCounts, yearHistogram } from '../src/graph-model.js';
import { LABEL_CHARACTERS, labelPlacer, shortLabel } from '../src/labels.js';
import { markQuotes } from '../src/panel.js';
import { emptyUrlState, readUrlState, writeUrlState } from '../src/url-state.js';

const node = (id: string, label: string, props: Record<string, unknown> = {}) => ({ id, label, name: id, props });
const subgraph = {
  nodes: [node('p', 'Person'), node('o', 'Position', { level: 'provincial', province: 'Lai Châu' }), node('e', 'Event'), node('g', 'Organization')],
  edges: [
    { type: 'HELD_POSITION', from: 'p', to: 'o', props: { asOf: '2020-01-01' } },
    { type: 'ATTENDED', from: 'p', to: 'e', props: { date: '2024-12-16' } },
    { type: 'POSITION_IN', from: 'o', to: 'g', props: {} },
  ],
  truncated: false,
};

function model() {
  const graph = createGraph();
  mergeSubgraph(graph, subgraph, null);
  return graph;
}

describe('graph model', () => {
  it('merges subgraphs once, sizing nodes by degree, spreading new nodes around the one expanded', () => {
    const graph = createGraph();
    expect(mergeSubgraph(graph, subgraph, null)).toEqual(['p', 'o', 'e', 'g']);
    expect(mergeSubgraph(graph, subgraph, { x: 0, y: 0 })).toEqual([]);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttribute('p', 'size')).toBeGreaterThan(graph.getNodeAttribute('g', 'size'));
    mergeSubgraph(graph, { nodes: [node('n', 'Person')], edges: [], truncated: false }, { x: 100, y: 0, radius: 10 }, () => 0.5);
    const { x, y } = graph.getNodeAttributes('n');
    expect(Math.hypot(x - 100, y)).toBeCloseTo(15);
  });

  it('hides facts outside the years, and nodes whose every dated fact is outside', () => {
    const graph = model();
    const filters = emptyFilters();
    expect(visibleCounts(graph, filters)).toEqual({ nodes: 4, edges: 3 });
    filters.toYear = 2021;
    const shown = visibility(graph, filters);
    expect([...shown.nodes].sort()).toEqual(['g', 'o', 'p']); // the event (2024) goes, undated g stays
    expect(shown.edges.size).toBe(2);
    filters.fromYear = 2022;
    filters.toYear = null;
    expect([...visibility(graph, filters).nodes].sort()).toEqual(['e', 'g', 'p']);
  });

  it('filters by label, relationship type and hidden nodes', () => {
    const graph = model();
    const filters = emptyFilters();
    filters.hiddenLabels.add('Event');
    expect(visibleCounts(graph, filters)).toEqual({ nodes: 3, edges: 2 });
    filters.hiddenTypes.add('POSITION_IN');
    filters.hiddenNodes.add('o');
    expect(visibleCounts(graph, filters)).toEqual({ nodes: 2, edges: 0 });
  });

  it('keeps only a neighbourhood, one or two hops deep', () => {
    const graph = model();
    const filters = emptyFilters();
    filters.ego = { center: 'e', depth: 1 };
    expect([...visibility(graph, filters).nodes].sort()).toEqual(['e', 'p']);
    filters.ego = { center: 'e', depth: 2 };
    expect([...visibility(graph, filters).nodes].sort()).toEqual(['e', 'o', 'p']);
  });

  it('brings forward a node and its visible neighbours', () => {
    const graph = model();
    const filters = emptyFilters();
    filters.hiddenTypes.add('ATTENDED');
    expect([...neighbourhoodOf(graph, 'p', visibility(graph, filters))].sort()).toEqual(['o', 'p']);
  });

  it('counts nodes per label for the legend and facts per year for the histogram', () => {
    const graph = model();
    const filters = emptyFilters();
    filters.hiddenLabels.add('Event');
    expect(labelCounts(graph, visibility(graph, filters))).toMatchObject({ Event: { total: 1, shown: 0 }, Person: { total: 1, shown: 1 } });
    expect(yearHistogram(graph)).toEqual([
      { year: 2020, facts: 1 },
      { year: 2021, facts: 0 },
      { year: 2022, facts: 0 },
      { year: 2023, facts: 0 },
      { year: 2024, facts: 1 },
    ]);
  });
});

describe('colouring and statistics', () => {
  it('colours a person by the tier and province of its offices', () => {
    const graph = model();
    const shown = visibility(graph, emptyFilters());
    const byLevel = colouring(graph, shown, 'level');
    expect(byLevel.colourOf.get('p')).toBe(byLevel.colourOf.get('o'));
    expect(byLevel.groups.find((g) => g.name === 'provincial')?.nodes).toBe(2);
    expect(colouring(graph, shown, 'role').groups.length).toBeGreaterThan(0);
    const byProvince = colouring(graph, shown, 'province');
    expect(byProvince.groups.find((g) => g.name === 'Lai Châu')?.nodes).toBe(2);
    expect(byProvince.colourOf.get('p')).toBe(byProvince.colourOf.get('o'));
  });

  it('finds two communities in two triangles joined by one edge, the same each time', () => {
    const graph = createGraph();
    const ids = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'];
    const edges = [['a1', 'a2'], ['a2', 'a3'], ['a3', 'a1'], ['b1', 'b2'], ['b2', 'b3'], ['b3', 'b1'], ['a1', 'b1']];
    mergeSubgraph(graph, { nodes: ids.map((id) => node(id, 'Person')), edges: edges.map(([from, to]) => ({ type: 'ATTENDED', from: from!, to: to!, props: {} })), truncated: false }, null);
    const shown = visibility(graph, emptyFilters());
    const groups = communities(graph, shown);
    expect(new Set(groups.values()).size).toBe(2);
    expect(groups.get('a2')).toBe(groups.get('a3'));
    expect(groups.get('a2')).not.toBe(groups.get('b2'));
    expect(communities(graph, shown)).toEqual(groups);
    expect(topByDegree(graph, shown, 2).map((d) => d.id)).toEqual(['a1', 'b1']);
  });
});

describe('labels and article text', () => {
  it('cuts long labels, keeps short ones', () => {
    expect(shortLabel('Tô Lâm')).toBe('Tô Lâm');
    const long = 'Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Trung ương';
    expect(shortLabel(long).length).toBeLessThanOrEqual(LABEL_CHARACTERS);
    expect(shortLabel(long).endsWith('…')).toBe(true);
  });

  it('marks each quote in the text, escaped', () => {
    expect(markQuotes('A <b>. Ông X giữ chức. C', ['Ông X giữ chức.', 'nowhere'])).toBe('A &#60;b&#62;. <mark data-testid="evidence-mark">Ông X giữ chức.</mark> C');
  });
});

describe('URL state', () => {
  it('round-trips the whole view and ignores what it does not know', () => {
    const state = {
      ...emptyUrlState(),
      node: 'person:lê-minh-hưng',
      office: 'Bí thư Tỉnh ủy Lai Châu',
      at: '2025-01-01',
      camera: { x: 0.5, y: 0.25, ratio: 0.75 },
      hiddenLabels: ['Event'],
      hiddenTypes: ['LOCATED_IN'],
      hiddenNodes: ['province:lai-châu'],
      fromYear: 2019,
      toYear: 2024,
      ego: { center: 'person:lê-minh-hưng', depth: 2 },
      colourBy: 'community' as const,
      sizeBy: 'uniform' as const,
      lang: 'en' as const,
      top: 50,
    };
    expect(readUrlState(writeUrlState(state))).toEqual(state);
    expect(readUrlState('#from=yesterday&lang=xx&cam=1,2&colour=rainbow')).toEqual(emptyUrlState());
  });

  it('reads the one date of older links as the end of the range', () => {
    expect(readUrlState('#date=2021-06-30').toYear).toBe(2021);
  });
});

describe('label placement', () => {
  // A stand-in for the canvas: every character 7 pixels wide, a stage 400 pixels wide.
  function fakeContext() {
    const texts: Array<{ text: string; x: number }> = [];
    const context = { font: '', fillStyle: '', canvas: { clientWidth: 400 }, measureText: (text: string) => ({ width: 7 * text.length }), fillRect: () => {}, fillText: (text: string, x: number) => texts.push({ text, x }) };
    return { context: context as unknown as CanvasRenderingContext2D, texts };
  }
  const settings = { labelSize: 14, labelFont: 'sans-serif', labelWeight: 'normal' } as never;

  it('draws a label only where no label of the frame lies, forced labels always, and starts again each frame', () => {
    const { drawLabel, newFrame } = labelPlacer();
    const { context, texts } = fakeContext();
    drawLabel(context, { x: 10, y: 10, size: 4, label: 'Lê Minh Hưng', color: '#000' }, settings);
    drawLabel(context, { x: 30, y: 14, size: 4, label: 'Trưởng Ban Tổ chức', color: '#000' }, settings); // overlaps: skipped
    drawLabel(context, { x: 10, y: 60, size: 4, label: 'Lai Châu', color: '#000' }, settings); // below: drawn
    drawLabel(context, { x: 30, y: 14, size: 4, label: 'Tô Lâm', color: '#000', forceLabel: true }, settings);
    expect(texts.map((t) => t.text)).toEqual(['Lê Minh Hưng', 'Lai Châu', 'Tô Lâm']);
    newFrame();
    drawLabel(context, { x: 30, y: 14, size: 4, label: 'Trưởng Ban Tổ chức', color: '#000' }, settings);
    expect(texts.at(-1)?.text).toBe('Trưởng Ban Tổ chức');
  });

  it('puts a label left of its node where the right would run off the stage', () => {
    const { drawLabel } = labelPlacer();
    const { context, texts } = fakeContext();
    drawLabel(context, { x: 380, y: 10, size: 4, label: 'Hà Giang', color: '#000' }, settings);
    expect(texts[0]!.x + 7 * 'Hà Giang'.length).toBeLessThan(380);
  });
});

describe('review mends', () => {
  it('shows nothing for a neighbourhood whose centre is hidden', () => {
    const graph = model();
    const filters = emptyFilters();
    filters.ego = { center: 'p', depth: 1 };
    filters.hiddenLabels.add('Person');
    expect(visibility(graph, filters).nodes.size).toBe(0);
    filters.ego = { center: 'nowhere', depth: 1 };
    filters.hiddenLabels.clear();
    expect(visibility(graph, filters).nodes.size).toBe(0);
  });

  it('marks a quote at its next free place when a longer one took the first', () => {
    expect(markQuotes('Ông A giữ chức. Ông A giữ chức.', ['Ông A giữ chức. Ông', 'Ông A giữ chức.'])).toBe(
      '<mark data-testid="evidence-mark">Ông A giữ chức. Ông</mark> A giữ chức.',
    );
    expect(markQuotes('X. Ông A. Ông A.', ['X. Ông A.', 'Ông A.'])).toBe('<mark data-testid="evidence-mark">X. Ông A.</mark> <mark data-testid="evidence-mark">Ông A.</mark>');
  });

  it('reads only the first screens the API serves', () => {
    expect(readUrlState('#top=0').top).toBeNull();
    expect(readUrlState('#top=30000').top).toBeNull();
    expect(readUrlState('#top=20000').top).toBe(20000);
  });

  it('escapes what data puts into interface strings', async () => {
    const { translate } = await import('../src/i18n.js');
    expect(translate('vi', 'notFound', { title: '<img src=x onerror=alert(1)>' })).not.toContain('<img');
    expect(translate('vi', 'label_<b>')).toBe('label_&#60;b&#62;');
  });
});
