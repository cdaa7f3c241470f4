/**
 * The viewer's graph: the subgraphs fetched from the API merged into one graphology graph, with
 * colour by label and size by degree, and the filters (labels, relationship types, hidden nodes,
 * the date the graph is shown as of). Pure functions, tested without a browser.
 */
import { MultiDirectedGraph } from 'graphology';

import type { Subgraph } from '@vnkg/store/src/graph-store.js';

export interface NodeAttributes {
  label: string;
  kind: string;
  props: Record<string, unknown>;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  /** The relationship type (not `type`: Sigma reads that as the name of a render program). */
  relType: string;
  date: string | null;
  props: Record<string, unknown>;
  size: number;
  color: string;
}

export type ViewGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export const COLORS: Record<string, string> = {
  Person: '#d1495b',
  Position: '#edae49',
  Organization: '#00798c',
  Province: '#30638e',
  Congress: '#6a4c93',
  Resolution: '#66a182',
  Event: '#8d6a9f',
};
export const LABELS = Object.keys(COLORS);
export const RELATIONSHIP_TYPES = ['HELD_POSITION', 'ATTENDED', 'IMPLEMENTS', 'POSITION_IN', 'LOCATED_IN'];

export interface Filters {
  hiddenLabels: Set<string>;
  hiddenTypes: Set<string>;
  hiddenNodes: Set<string>;
  /** Show facts observed up to this date (YYYY-MM-DD); null: all. */
  asOf: string | null;
}

export const emptyFilters = (): Filters => ({ hiddenLabels: new Set(), hiddenTypes: new Set(), hiddenNodes: new Set(), asOf: null });

export const createGraph = (): ViewGraph => new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();

/** The date a fact is observed: an office's asOf, an attendance's date; structural edges have none. */
export const edgeDate = (props: Record<string, unknown>): string | null => (typeof props.asOf === 'string' ? props.asOf : typeof props.date === 'string' ? props.date : null);

/** Merge a subgraph in; new nodes start near `around` (the node being expanded) or on a circle. Returns the ids added. */
export function mergeSubgraph(graph: ViewGraph, subgraph: Subgraph, around: { x: number; y: number } | null, random: () => number = Math.random): string[] {
  const added: string[] = [];
  subgraph.nodes.forEach((node, index) => {
    if (graph.hasNode(node.id)) return;
    const angle = around ? random() * 2 * Math.PI : (2 * Math.PI * index) / Math.max(1, subgraph.nodes.length);
    const radius = around ? 1 + random() : 10;
    graph.addNode(node.id, {
      label: node.name,
      kind: node.label,
      props: node.props,
      x: (around?.x ?? 0) + radius * Math.cos(angle),
      y: (around?.y ?? 0) + radius * Math.sin(angle),
      size: 4,
      color: COLORS[node.label] ?? '#888',
    });
    added.push(node.id);
  });
  for (const edge of subgraph.edges) {
    const key = `${edge.type}|${edge.from}|${edge.to}`;
    if (graph.hasEdge(key) || !graph.hasNode(edge.from) || !graph.hasNode(edge.to)) continue;
    graph.addEdgeWithKey(key, edge.from, edge.to, { relType: edge.type, date: edgeDate(edge.props), props: edge.props, size: 1, color: '#b8c2cc' });
  }
  graph.forEachNode((id) => graph.setNodeAttribute(id, 'size', 3 + 2 * Math.sqrt(graph.degree(id))));
  return added;
}

export function nodeVisible(graph: ViewGraph, id: string, filters: Filters): boolean {
  return !filters.hiddenNodes.has(id) && !filters.hiddenLabels.has(graph.getNodeAttribute(id, 'kind'));
}

export function edgeVisible(graph: ViewGraph, edge: string, filters: Filters): boolean {
  const attributes = graph.getEdgeAttributes(edge);
  if (filters.hiddenTypes.has(attributes.relType)) return false;
  if (filters.asOf && attributes.date && attributes.date > filters.asOf) return false;
  return nodeVisible(graph, graph.source(edge), filters) && nodeVisible(graph, graph.target(edge), filters);
}

export function visibleCounts(graph: ViewGraph, filters: Filters): { nodes: number; edges: number } {
  let nodes = 0;
  let edges = 0;
  graph.forEachNode((id) => {
    if (nodeVisible(graph, id, filters)) nodes += 1;
  });
  graph.forEachEdge((edge) => {
    if (edgeVisible(graph, edge, filters)) edges += 1;
  });
  return { nodes, edges };
}

/** Every date an edge is observed on, oldest first: the stops of the time slider. */
export function datesOf(graph: ViewGraph): string[] {
  const dates = new Set<string>();
  graph.forEachEdge((_edge, attributes) => {
    if (attributes.date) dates.add(attributes.date);
  });
  return [...dates].sort();
}
