/**
 * The viewer's graph: the subgraphs fetched from the API merged into one graphology graph, with
 * colour by label and size by degree, and what the filters leave visible (labels, relationship types,
 * hidden nodes, a range of years, one node's neighbourhood). Pure functions, tested without a browser.
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

// A hue per label, far apart (Event and Congress were two purples); a locality is a lighter province.
export const COLORS: Record<string, string> = {
  Person: '#d1495b',
  Position: '#edae49',
  Organization: '#00798c',
  Province: '#30638e',
  Locality: '#7fa7c9',
  Congress: '#6a4c93',
  Resolution: '#66a182',
  Event: '#a0522d',
};
export const LABELS = Object.keys(COLORS);
export const RELATIONSHIP_TYPES = ['HELD_POSITION', 'ATTENDED', 'IMPLEMENTS', 'POSITION_IN', 'LOCATED_IN', 'MERGED_INTO'];

export interface Filters {
  hiddenLabels: Set<string>;
  hiddenTypes: Set<string>;
  hiddenNodes: Set<string>;
  /** The years shown (inclusive); null: no bound. Dated facts outside are hidden, and nodes all of whose dated facts are. */
  fromYear: number | null;
  toYear: number | null;
  /** Only the nodes within `depth` hops of `center`. */
  ego: { center: string; depth: number } | null;
}

export const emptyFilters = (): Filters => ({ hiddenLabels: new Set(), hiddenTypes: new Set(), hiddenNodes: new Set(), fromYear: null, toYear: null, ego: null });

export const createGraph = (): ViewGraph => new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();

/** The date a fact is observed: an office's asOf, an attendance's date; structural edges have none. */
export const edgeDate = (props: Record<string, unknown>): string | null => (typeof props.asOf === 'string' ? props.asOf : typeof props.date === 'string' ? props.date : null);

/** The key of an edge in the viewer's graph (one edge per type and direction between two nodes). */
export const edgeKey = (type: string, from: string, to: string) => `${type}|${from}|${to}`;

/**
 * Merge a subgraph in; new nodes start `radius` to twice that from `around` (the node being
 * expanded), or spread on a disc. Returns the ids added.
 */
export function mergeSubgraph(graph: ViewGraph, subgraph: Subgraph, around: { x: number; y: number; radius?: number } | null, random: () => number = Math.random): string[] {
  const added: string[] = [];
  subgraph.nodes.forEach((node, index) => {
    if (graph.hasNode(node.id)) return;
    // A sunflower spiral: evenly spread, the same for the same answer, so a shared link lays out alike.
    const angle = around ? random() * 2 * Math.PI : index * 2.39996;
    const radius = around ? (around.radius ?? 1) * (1 + random()) : 10 * Math.sqrt(index + 1);
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
    const key = edgeKey(edge.type, edge.from, edge.to);
    if (graph.hasEdge(key) || !graph.hasNode(edge.from) || !graph.hasNode(edge.to)) continue;
    graph.addEdgeWithKey(key, edge.from, edge.to, { relType: edge.type, date: edgeDate(edge.props), props: edge.props, size: 1, color: '#b8c2cc' });
  }
  graph.forEachNode((id) => graph.setNodeAttribute(id, 'size', 3 + 2 * Math.sqrt(graph.degree(id))));
  return added;
}

const yearOf = (date: string) => Number(date.slice(0, 4));
const inYears = (date: string, filters: Filters) => (filters.fromYear === null || yearOf(date) >= filters.fromYear) && (filters.toYear === null || yearOf(date) <= filters.toYear);

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * What the filters leave on screen, computed once per change (the reducers then only look it up):
 * labels and hidden nodes first, then the years (a node with dated facts stays when one of them is
 * in the range), then the neighbourhood filter, walked over what is left (nothing when its centre is
 * not).
 */
export function visibility(graph: ViewGraph, filters: Filters): Visibility {
  const nodes = new Set<string>();
  graph.forEachNode((id, attributes) => {
    if (!filters.hiddenNodes.has(id) && !filters.hiddenLabels.has(attributes.kind)) nodes.add(id);
  });
  const edges = new Set<string>();
  const dated = new Set<string>();
  const datedInRange = new Set<string>();
  const ranged = filters.fromYear !== null || filters.toYear !== null;
  graph.forEachEdge((edge, attributes, source, target) => {
    if (filters.hiddenTypes.has(attributes.relType) || !nodes.has(source) || !nodes.has(target)) return;
    if (ranged && attributes.date) {
      dated.add(source).add(target);
      if (!inYears(attributes.date, filters)) return;
      datedInRange.add(source).add(target);
    }
    edges.add(edge);
  });
  if (ranged) for (const id of dated) if (!datedInRange.has(id)) nodes.delete(id);
  // A neighbourhood whose centre is hidden (or not loaded) shows nothing, not everything.
  if (filters.ego && !nodes.has(filters.ego.center)) nodes.clear();
  if (filters.ego && nodes.has(filters.ego.center)) {
    const near = new Set([filters.ego.center]);
    let frontier = [filters.ego.center];
    for (let hop = 0; hop < filters.ego.depth; hop++) {
      const next: string[] = [];
      for (const id of frontier) {
        graph.forEachEdge(id, (edge, _attributes, source, target) => {
          const other = source === id ? target : source;
          if (edges.has(edge) && nodes.has(other) && !near.has(other)) {
            near.add(other);
            next.push(other);
          }
        });
      }
      frontier = next;
    }
    for (const id of nodes) if (!near.has(id)) nodes.delete(id);
  }
  for (const edge of edges) if (!nodes.has(graph.source(edge)) || !nodes.has(graph.target(edge))) edges.delete(edge);
  return { nodes, edges };
}

export function visibleCounts(graph: ViewGraph, filters: Filters): { nodes: number; edges: number } {
  const { nodes, edges } = visibility(graph, filters);
  return { nodes: nodes.size, edges: edges.size };
}

/** A node and the nodes one visible edge away: what hovering or selecting it brings forward. */
export function neighbourhoodOf(graph: ViewGraph, id: string, shown: Visibility): Set<string> {
  const near = new Set([id]);
  if (!graph.hasNode(id)) return near;
  graph.forEachEdge(id, (edge, _attributes, source, target) => {
    if (shown.edges.has(edge)) near.add(source === id ? target : source);
  });
  return near;
}

/** How many nodes of each label the graph holds and how many are on screen: the legend's counts. */
export function labelCounts(graph: ViewGraph, shown: Visibility): Record<string, { total: number; shown: number }> {
  const counts = Object.fromEntries(LABELS.map((label) => [label, { total: 0, shown: 0 }]));
  graph.forEachNode((id, { kind }) => {
    counts[kind] ??= { total: 0, shown: 0 };
    counts[kind].total += 1;
    if (shown.nodes.has(id)) counts[kind].shown += 1;
  });
  return counts;
}

/** Dated facts per year, oldest first, every year between the first and the last: the time range's histogram. */
export function yearHistogram(graph: ViewGraph): Array<{ year: number; facts: number }> {
  const perYear = new Map<number, number>();
  graph.forEachEdge((_edge, { date }) => {
    if (date && /^\d{4}/.test(date)) perYear.set(yearOf(date), (perYear.get(yearOf(date)) ?? 0) + 1);
  });
  if (!perYear.size) return [];
  const years = [...perYear.keys()];
  const histogram: Array<{ year: number; facts: number }> = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++) histogram.push({ year, facts: perYear.get(year) ?? 0 });
  return histogram;
}
