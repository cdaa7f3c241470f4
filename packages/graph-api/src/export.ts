/**
 * Export formats for Gephi, pandas and NetworkX
 * =============================================
 * JSON (as the API returns subgraphs), GEXF 1.2, GraphML and CSV (an edge list with both ends named and
 * every attribute a column). Edges carry their provenance: article ids and evidence sentences.
 * Each writer yields the file in pieces of a few hundred elements (and '' where it pauses between pieces
 * of work that write nothing yet), so the server can send a large graph piece by piece and answer other
 * requests in between (send-pieces.ts). Properties are flattened to scalars;
 * GEXF and GraphML declare an attribute's type from its values (integer, double, boolean, else string).
 */
import { factId, type GraphEdge, type GraphNode, type Subgraph } from '@vnkg/store';

type Scalar = string | number | boolean;
type Attributes = Record<string, Scalar>;

/** Elements per yielded piece: a few milliseconds of work. */
const PIECE = 500;

function flatten(props: Record<string, unknown>): Attributes {
  const flat: Attributes = {};
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined) continue;
    flat[key] = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : Array.isArray(value) ? value.join('; ') : JSON.stringify(value);
  }
  return flat;
}

const nodeAttributes = (node: GraphNode): Attributes => ({ ...flatten(node.props), label: node.name, kind: node.label });
/**
 * An edge's attributes: its props, its type, and where it comes from: `articles` (ids, "; "-joined),
 * `evidence` (JSON text of [{article, quote, start, end, asOf}]: read it with json.loads) and `evidence_count`.
 */
function edgeAttributes(edge: GraphEdge): Attributes {
  const attributes: Attributes = { ...flatten(edge.props), type: edge.type };
  if (edge.provenance) {
    attributes.articles = edge.provenance.articles.join('; ');
    attributes.evidence = JSON.stringify(edge.provenance.evidence);
    attributes.evidence_count = edge.provenance.evidence.length;
  }
  return attributes;
}

type AttributeType = 'integer' | 'double' | 'boolean' | 'string';

/**
 * Each key's type over all elements: the narrowest that every value fits. A generator that yields ''
 * between pieces (a pause for the event loop) and returns the types.
 */
function* attributeTypes<T>(items: T[], attributesOf: (item: T) => Attributes): Generator<string, Map<string, AttributeType>> {
  const types = new Map<string, AttributeType>();
  for (let start = 0; start < items.length; start += PIECE) {
    if (start > 0) yield '';
    for (const item of items.slice(start, start + PIECE)) {
      for (const [key, value] of Object.entries(attributesOf(item))) {
        const own: AttributeType = typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'double') : 'string';
        const seen = types.get(key);
        if (seen === undefined) types.set(key, own);
        else if (seen !== own) types.set(key, (seen === 'integer' && own === 'double') || (seen === 'double' && own === 'integer') ? 'double' : 'string');
      }
    }
  }
  return types;
}

/** `items` mapped and joined, PIECE at a time. */
function* pieces<T>(items: T[], write: (item: T) => string, separator = '\n'): Generator<string> {
  for (let start = 0; start < items.length; start += PIECE) {
    const piece = items.slice(start, start + PIECE).map(write).join(separator);
    yield start === 0 ? piece : separator + piece;
  }
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// XML 1.0 forbids most control characters even as references; they are dropped from values.
// eslint-disable-next-line no-control-regex
const xmlValue = (value: Scalar) => xml(String(value).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''));

function* json(subgraph: Subgraph): Generator<string> {
  yield '{"nodes":[';
  yield* pieces(subgraph.nodes, (node) => JSON.stringify(node), ',');
  yield '],"edges":[';
  yield* pieces(subgraph.edges, (edge) => JSON.stringify(edge), ',');
  yield `],"truncated":${subgraph.truncated}}`;
}

const GRAPHML_TYPES: Record<AttributeType, string> = { integer: 'long', double: 'double', boolean: 'boolean', string: 'string' };

function* graphml(subgraph: Subgraph): Generator<string> {
  const keys = (prefix: string, of: string, types: Map<string, AttributeType>) => [...types].map(([key, type]) => `<key id="${prefix}_${xml(key)}" for="${of}" attr.name="${xml(key)}" attr.type="${GRAPHML_TYPES[type]}"/>`).join('\n');
  const data = (values: Attributes, prefix: string) => Object.entries(values).map(([key, value]) => `<data key="${prefix}_${xml(key)}">${xmlValue(value)}</data>`).join('');
  const nodeTypes = yield* attributeTypes(subgraph.nodes, nodeAttributes);
  const edgeTypes = yield* attributeTypes(subgraph.edges, edgeAttributes);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
  yield `${keys('n', 'node', nodeTypes)}\n${keys('e', 'edge', edgeTypes)}\n`;
  yield '<graph edgedefault="directed">\n';
  yield* pieces(subgraph.nodes, (node) => `<node id="${xml(node.id)}">${data(nodeAttributes(node), 'n')}</node>`);
  yield '\n';
  yield* pieces(subgraph.edges, (edge) => `<edge source="${xml(edge.from)}" target="${xml(edge.to)}">${data(edgeAttributes(edge), 'e')}</edge>`);
  yield '\n</graph>\n</graphml>\n';
}

/** A node's attributes for GEXF: its name is GEXF's own label, not an attribute. */
function gexfNodeAttributes(node: GraphNode): Attributes {
  const { label: _label, ...data } = nodeAttributes(node);
  return data;
}

function* gexf(subgraph: Subgraph): Generator<string> {
  const declare = (of: string, types: Map<string, AttributeType>) => `<attributes class="${of}">\n${[...types].map(([key, type]) => `<attribute id="${xml(key)}" title="${xml(key)}" type="${type}"/>`).join('\n')}\n</attributes>\n`;
  const values = (data: Attributes) => `<attvalues>${Object.entries(data).map(([key, value]) => `<attvalue for="${xml(key)}" value="${xmlValue(value)}"/>`).join('')}</attvalues>`;
  const nodeTypes = yield* attributeTypes(subgraph.nodes, gexfNodeAttributes);
  const edgeTypes = yield* attributeTypes(subgraph.edges, edgeAttributes);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft">\n<meta/>\n<graph defaultedgetype="directed">\n';
  yield declare('node', nodeTypes) + declare('edge', edgeTypes);
  yield '<nodes>\n';
  yield* pieces(subgraph.nodes, (node) => `<node id="${xml(node.id)}" label="${xmlValue(node.name)}">${values(gexfNodeAttributes(node))}</node>`);
  yield '\n</nodes>\n<edges>\n';
  yield* pieces(subgraph.edges, (edge) => `<edge id="${xml(factId(edge))}" source="${xml(edge.from)}" target="${xml(edge.to)}">${values(edgeAttributes(edge))}</edge>`);
  yield '\n</edges>\n</graph>\n</gexf>\n';
}

const csvCell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

const ENDS = ['from', 'from_label', 'from_name', 'type', 'to', 'to_label', 'to_name'];

/** One row per edge: both ends named, then every edge attribute (props and provenance) as a column. */
function* csv(subgraph: Subgraph): Generator<string> {
  const byId = new Map(subgraph.nodes.map((node) => [node.id, node]));
  const columns = [...(yield* attributeTypes(subgraph.edges, edgeAttributes)).keys()].filter((key) => key !== 'type');
  yield `${[...ENDS, ...columns].map(csvCell).join(',')}\n`;
  for (let start = 0; start < subgraph.edges.length; start += PIECE) {
    yield subgraph.edges
      .slice(start, start + PIECE)
      .map((edge) => {
        const from = byId.get(edge.from)!;
        const to = byId.get(edge.to)!;
        const attributes = edgeAttributes(edge);
        const cells = [edge.from, from.label, from.name, edge.type, edge.to, to.label, to.name, ...columns.map((key) => String(attributes[key] ?? ''))];
        return `${cells.map(csvCell).join(',')}\n`;
      })
      .join('');
  }
}

export interface ExportFormat {
  type: string;
  extension: string;
  /** The file, piece by piece ('' pieces are pauses). */
  write: (subgraph: Subgraph) => Iterable<string>;
}

export const EXPORTS: Record<'json' | 'gexf' | 'graphml' | 'csv', ExportFormat> = {
  json: { type: 'application/json', extension: 'json', write: json },
  gexf: { type: 'application/gexf+xml', extension: 'gexf', write: gexf },
  graphml: { type: 'application/graphml+xml', extension: 'graphml', write: graphml },
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv', write: csv },
};
