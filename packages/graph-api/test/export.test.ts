/**
 * The export writers on their own: pieces that add up to a valid file, attribute types from the values,
 * and characters XML cannot hold; and over HTTP, a large export that leaves the server answering.
 */
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { EmbeddedStore, syntheticGraph, type Subgraph } from '@vnkg/store';

import { EXPORTS } from '../src/export.js';
import { startApi, type TestApi } from './api-helpers.js';

const subgraph: Subgraph = {
  nodes: [
    { id: 'person:a', label: 'Person', name: 'Nguyễn Văn A <"&>', props: { name: 'Nguyễn Văn A', birthYear: 1960, aliases: ['A', 'B'] } },
    { id: 'person:b', label: 'Person', name: 'Lò Văn B', props: { name: 'Lò Văn B', birthYear: 1971.5, note: 'bell\u0007 here' } },
    { id: 'position:x', label: 'Position', name: 'Bí thư Tỉnh ủy', props: { title: 'Bí thư Tỉnh ủy', seats: 1 } },
  ],
  edges: [
    {
      type: 'HELD_POSITION',
      from: 'person:a',
      to: 'position:x',
      props: { status: 'former', current: false },
      provenance: { articles: ['a:1'], evidence: [{ article: 'a:1', quote: 'Ông A, nguyên Bí thư, "dự".', start: 0, end: 27, asOf: '2024-05-01' }] },
    },
    { type: 'HELD_POSITION', from: 'person:b', to: 'position:x', props: { status: 'current', current: true } },
  ],
  truncated: false,
};

const file = (format: keyof typeof EXPORTS, graph = subgraph) => [...EXPORTS[format].write(graph)].join('');

describe('export writers', () => {
  it('JSON is the subgraph as the API returns it', () => {
    expect(JSON.parse(file('json'))).toEqual(JSON.parse(JSON.stringify(subgraph)));
  });

  it('GEXF parses back with labels, attributes and their types', () => {
    const graph = parseGexf(MultiDirectedGraph, file('gexf'));
    expect([graph.order, graph.size]).toEqual([3, 2]);
    expect(graph.getNodeAttributes('person:a')).toMatchObject({ label: 'Nguyễn Văn A <"&>', kind: 'Person', birthYear: 1960, aliases: 'A; B' });
    expect(graph.getNodeAttributes('person:b')).toMatchObject({ birthYear: 1971.5, note: 'bell here' });
    expect(file('gexf')).toMatch(/<attribute id="birthYear" title="birthYear" type="double"\/>/);
    expect(file('gexf')).toMatch(/<attribute id="seats" title="seats" type="integer"\/>/);
    expect(file('gexf')).toMatch(/<attribute id="current" title="current" type="boolean"\/>/);
  });

  it('GraphML declares numbers as numbers', () => {
    expect(file('graphml')).toContain('<key id="n_seats" for="node" attr.name="seats" attr.type="long"/>');
    expect(file('graphml')).toContain('<key id="n_birthYear" for="node" attr.name="birthYear" attr.type="double"/>');
  });

  it('CSV quotes what needs quoting, and has a column for every attribute and the provenance', () => {
    const lines = file('csv').trim().split('\n');
    expect(lines[0]).toBe('from,from_label,from_name,type,to,to_label,to_name,status,current,articles,evidence,evidence_count');
    expect(lines[1]).toBe(
      'person:a,Person,"Nguyễn Văn A <""&>",HELD_POSITION,position:x,Position,Bí thư Tỉnh ủy,former,false,a:1,"[{""article"":""a:1"",""quote"":""Ông A, nguyên Bí thư, \\""dự\\"".""' +
        ',""start"":0,""end"":27,""asOf"":""2024-05-01""}]",1',
    );
    // An edge without provenance leaves those cells empty.
    expect(lines[2]).toBe('person:b,Person,Lò Văn B,HELD_POSITION,position:x,Position,Bí thư Tỉnh ủy,current,true,,,');
  });

  it('GEXF and GraphML carry the evidence on edges', () => {
    const graph = parseGexf(MultiDirectedGraph, file('gexf'));
    const [edge] = graph.filterEdges('person:a', 'position:x', () => true);
    expect(JSON.parse(graph.getEdgeAttribute(edge!, 'evidence') as string)).toEqual([{ article: 'a:1', quote: 'Ông A, nguyên Bí thư, "dự".', start: 0, end: 27, asOf: '2024-05-01' }]);
    expect(file('graphml')).toContain('<key id="e_evidence_count" for="edge" attr.name="evidence_count" attr.type="long"/>');
  });

  it('a large graph comes in many pieces that make the same file', () => {
    const nodes = Array.from({ length: 2_000 }, (_, i) => ({ id: `n:${i}`, label: 'Person', name: `N ${i}`, props: { i } }));
    const big: Subgraph = { nodes, edges: nodes.slice(1).map((node, i) => ({ type: 'ATTENDED', from: node.id, to: `n:${i}`, props: {} })), truncated: true };
    for (const format of ['json', 'gexf', 'graphml', 'csv'] as const) expect([...EXPORTS[format].write(big)].length).toBeGreaterThan(4);
    expect(JSON.parse(file('json', big))).toEqual(big);
  });
});

describe('a large export over HTTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(EmbeddedStore.fromRecords([...syntheticGraph({ articles: 2_000 })] as never), { exportConcurrency: { running: 1, waiting: 1 } });
  });
  afterAll(async () => {
    await api.close();
  });

  it('leaves the API answering while it is sent, keeps exports in line and refuses past the line', async () => {
    // The first export stays open (its body is not read yet); the second waits for its slot; a third is refused.
    const first = await fetch(`${api.url}/api/export?format=gexf&limit=200000`);
    expect(first.status).toBe(200);
    const second = fetch(`${api.url}/api/export?format=csv&limit=200000`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const third = await api.get('/api/export?format=json');
    expect(third.status).toBe(429);
    expect(third.body.error.code).toBe('export_busy');
    expect((await api.get('/api/health')).status).toBe(200);
    expect((await api.get('/api/search?q=nguyen')).status).toBe(200);
    const gexf = await first.text();
    expect(gexf.endsWith('</gexf>\n')).toBe(true);
    expect((await (await second).text()).split('\n')[0]).toMatch(/^from,from_label,from_name,type,to,to_label,to_name,(?:.*,)?articles,evidence,evidence_count(?:,|$)/);
  });
});
