/**
 * Colour by an attribute, and the statistics beside it. By label (the default), by the tier of an
 * office (a person takes the most senior tier among the offices on screen), by role and by province (a
 * person takes the role or province most of its offices name), or by community (Louvain over what is on screen,
 * seeded, so the same view gives the same groups). Pure functions over the viewer's graph.
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';

import { COLORS, type ViewGraph, type Visibility } from './graph-model.js';

export const COLOUR_BY = ['label', 'level', 'role', 'province', 'community'] as const;
export type ColourBy = (typeof COLOUR_BY)[number];

const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#393b79', '#637939', '#843c39'];
const NONE = '#c4c9d0';
export const LEVELS = ['central', 'provincial', 'district', 'commune'] as const;
const LEVEL_COLOURS: Record<string, string> = { central: '#b3261e', provincial: '#1f77b4', district: '#2ca02c', commune: '#bcbd22' };

/** A group's name and colour for the legend, with how many nodes on screen have it. */
export interface Group {
  name: string;
  colour: string;
  nodes: number;
}

export interface Colouring {
  by: ColourBy;
  colourOf: Map<string, string>;
  groups: Group[];
}

/** Values of the Positions next to a node, for a node that has none of its own. */
function fromOffices(graph: ViewGraph, id: string, shown: Visibility, valueOf: (props: Record<string, unknown>) => string | null): string[] {
  const values: string[] = [];
  graph.forEachNeighbor(id, (neighbour, attributes) => {
    if (attributes.kind !== 'Position' || !shown.nodes.has(neighbour)) return;
    const value = valueOf(attributes.props);
    if (value) values.push(value);
  });
  return values;
}

/** Distinct values, the most frequent first (ties by value). */
function byFrequency(values: string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([value]) => value);
}

function valueFor(graph: ViewGraph, id: string, by: 'level' | 'role' | 'province', shown: Visibility): string | null {
  const { kind, props, label } = graph.getNodeAttributes(id);
  if (by === 'level') {
    const own = typeof props.level === 'string' ? props.level : null;
    if (own || kind !== 'Person') return own;
    const levels = fromOffices(graph, id, shown, (p) => (typeof p.level === 'string' ? p.level : null));
    return LEVELS.find((level) => levels.includes(level)) ?? null;
  }
  if (by === 'province' && kind === 'Province') return label;
  const own = typeof props[by] === 'string' ? (props[by] as string) : null;
  if (own || kind !== 'Person') return own;
  return byFrequency(fromOffices(graph, id, shown, (p) => (typeof p[by] === 'string' ? (p[by] as string) : null)))[0] ?? null;
}

/** Communities of what is on screen, numbered biggest first. */
export function communities(graph: ViewGraph, shown: Visibility): Map<string, number> {
  const simple = new UndirectedGraph();
  for (const id of shown.nodes) simple.addNode(id);
  for (const edge of shown.edges) simple.mergeEdge(graph.source(edge), graph.target(edge));
  // A fixed seed: the same view gives the same groups.
  let seed = 42;
  const rng = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const raw = simple.size ? louvain(simple, { rng }) : Object.fromEntries([...shown.nodes].map((id, i) => [id, i]));
  const sizes = new Map<number, number>();
  for (const community of Object.values(raw)) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  const order = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([community]) => community);
  const rank = new Map(order.map((community, i) => [community, i]));
  return new Map(Object.entries(raw).map(([id, community]) => [id, rank.get(community)!]));
}

export function colouring(graph: ViewGraph, shown: Visibility, by: ColourBy): Colouring {
  const colourOf = new Map<string, string>();
  const counts = new Map<string, Group>();
  const assign = (id: string, name: string, colour: string) => {
    colourOf.set(id, colour);
    const group = counts.get(name) ?? { name, colour, nodes: 0 };
    group.nodes += 1;
    counts.set(name, group);
  };
  if (by === 'community') {
    const groups = communities(graph, shown);
    for (const id of shown.nodes) {
      const n = groups.get(id) ?? 0;
      assign(id, String(n + 1), n < PALETTE.length ? PALETTE[n]! : NONE);
    }
  } else if (by === 'label') {
    for (const id of shown.nodes) {
      const kind = graph.getNodeAttribute(id, 'kind');
      assign(id, kind, COLORS[kind] ?? NONE);
    }
  } else {
    const values = [...shown.nodes].map((id) => [id, valueFor(graph, id, by, shown)] as const);
    // Roles and provinces: the most frequent get the palette, the rest share grey.
    const frequent = new Map(byFrequency(values.map(([, v]) => v).filter((v): v is string => v !== null)).slice(0, PALETTE.length).map((value, i) => [value, PALETTE[i]!]));
    for (const [id, value] of values) {
      if (value === null) assign(id, '', NONE);
      else if (by === 'level') assign(id, value, LEVEL_COLOURS[value] ?? NONE);
      else assign(id, frequent.has(value) ? value : '…', frequent.get(value) ?? NONE);
    }
  }
  const groups = [...counts.values()].sort((a, b) => b.nodes - a.nodes || (a.name < b.name ? -1 : 1));
  return { by, colourOf, groups };
}

/** The most connected nodes on screen (degree over visible edges), for the statistics panel. */
export function topByDegree(graph: ViewGraph, shown: Visibility, n: number): Array<{ id: string; degree: number }> {
  const degree = new Map<string, number>();
  for (const edge of shown.edges) {
    for (const id of [graph.source(edge), graph.target(edge)]) degree.set(id, (degree.get(id) ?? 0) + 1);
  }
  return [...degree].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([id, d]) => ({ id, degree: d }));
}
