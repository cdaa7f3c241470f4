/**
 * Export formats for Gephi, pandas and NetworkX: JSON (as the API returns subgraphs), GEXF (graphology's
 * writer), GraphML and CSV (an edge list with both ends named). Properties are flattened to scalars.
 */
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';

import type { Subgraph } from '@vnkg/store';

type Scalar = string | number | boolean;

function flatten(props: Record<string, unknown>): Record<string, Scalar> {
  const flat: Record<string, Scalar> = {};
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined) continue;
    flat[key] = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : Array.isArray(value) ? value.join('; ') : JSON.stringify(value);
  }
  return flat;
}

function toGraphology(subgraph: Subgraph): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  for (const node of subgraph.nodes) graph.addNode(node.id, { ...flatten(node.props), label: node.name, kind: node.label });
  for (const edge of subgraph.edges) graph.addEdgeWithKey(`${edge.type}|${edge.from}|${edge.to}`, edge.from, edge.to, { ...flatten(edge.props), type: edge.type });
  return graph;
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function toGraphml(subgraph: Subgraph): string {
  const nodeKeys = new Set(['label', 'kind']);
  const edgeKeys = new Set(['type']);
  const nodes = subgraph.nodes.map((node) => ({ id: node.id, data: { ...flatten(node.props), label: node.name, kind: node.label } }));
  const edges = subgraph.edges.map((edge) => ({ from: edge.from, to: edge.to, data: { ...flatten(edge.props), type: edge.type } }));
  for (const node of nodes) for (const key of Object.keys(node.data)) nodeKeys.add(key);
  for (const edge of edges) for (const key of Object.keys(edge.data)) edgeKeys.add(key);
  const data = (values: Record<string, Scalar>, prefix: string) => Object.entries(values).map(([key, value]) => `<data key="${prefix}_${xml(key)}">${xml(String(value))}</data>`).join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...[...nodeKeys].map((key) => `<key id="n_${xml(key)}" for="node" attr.name="${xml(key)}" attr.type="string"/>`),
    ...[...edgeKeys].map((key) => `<key id="e_${xml(key)}" for="edge" attr.name="${xml(key)}" attr.type="string"/>`),
    '<graph edgedefault="directed">',
    ...nodes.map((node) => `<node id="${xml(node.id)}">${data(node.data, 'n')}</node>`),
    ...edges.map((edge) => `<edge source="${xml(edge.from)}" target="${xml(edge.to)}">${data(edge.data, 'e')}</edge>`),
    '</graph>',
    '</graphml>',
  ].join('\n');
}

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

function toCsv(subgraph: Subgraph): string {
  const byId = new Map(subgraph.nodes.map((node) => [node.id, node]));
  const rows = [['from', 'from_label', 'from_name', 'type', 'to', 'to_label', 'to_name']];
  for (const edge of subgraph.edges) {
    const from = byId.get(edge.from)!;
    const to = byId.get(edge.to)!;
    rows.push([edge.from, from.label, from.name, edge.type, edge.to, to.label, to.name]);
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}

export const EXPORTS = {
  json: { type: 'application/json', extension: 'json', write: (g: Subgraph) => JSON.stringify(g) },
  gexf: { type: 'application/gexf+xml', extension: 'gexf', write: (g: Subgraph) => writeGexf(toGraphology(g)) },
  graphml: { type: 'application/graphml+xml', extension: 'graphml', write: toGraphml },
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv', write: toCsv },
} as const;
