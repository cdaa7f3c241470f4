/**
 * Subgraph queries
 * ================
 * The Cypher behind the viewer's subgraphs. Each query ends in the same tail: given `kept` (a list of
 * nodes), one row with every kept node (its place in the list, id, labels, properties) and its
 * relationships to other kept nodes.
 *
 * Measured on the API benchmark (a depth-2 neighbourhood of ~75 nodes): the walk done here, in the
 * query, answers 1.6× the requests per second of walking in the API and then fetching the subgraph
 * (one round trip instead of two, and the kept nodes are not looked up again by id); matching
 * neighbours against the kept nodes themselves beats reading each neighbour's id; and reading a
 * relationship's properties from its JSON copy beats picking its keys (any keys(r) or r[key] in the
 * query made it three times slower, so graphs loaded before propsJson existed get their properties
 * in a second query: keyedProps in neo4j-store.ts).
 */

/**
 * Every kept node with its place in `kept` and its relationships inside the set; a relationship's
 * element id only where propsJson is missing. (No per-row expression over the whole of `kept` in the
 * RETURN: as a grouping key it would be computed once per node, quadratic on big subgraphs.)
 */
const keptSubgraph = (...carried: string[]) => `
UNWIND range(0, size(kept) - 1) AS place
WITH ${['kept', 'place', 'kept[place] AS n', ...carried].join(', ')}
CALL (n, kept) {
  MATCH (n)-[r]->(m)
  WHERE m IN kept
  RETURN collect([type(r), m.id, r.propsJson, CASE WHEN r.propsJson IS NULL THEN elementId(r) END]) AS out
}
RETURN ${['collect([place, n.id, labels(n), properties(n), out]) AS rows', ...carried].join(', ')}`;

/** The subgraph of the nodes with the given ids ($ids), in their order. */
export const SUBGRAPH_OF_IDS = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH collect(n) AS kept
${keptSubgraph()}`;

/**
 * One hop of the walk of queries/breadth-first.ts (which the embedded store runs), so both stores
 * keep the same nodes: the neighbours of the frontier, frontier node by frontier node, each one's
 * sorted by id; first occurrences only, minus the nodes already kept; at most $limit kept in all,
 * and truncated when one more was left out. After truncation the hops that follow find nothing.
 * `position` orders a neighbour by its frontier node, then by its place among that node's neighbours;
 * the kept nodes join the same grouping at position -1, so it drops them (a hash lookup, where
 * `NOT y IN kept` would compare each neighbour with every kept node).
 */
const HOP = `
CALL (kept, frontier, truncated) {
  CALL (kept, frontier, truncated) {
    UNWIND kept AS y
    RETURN y, -1 AS position
    UNION ALL
    UNWIND CASE WHEN truncated THEN [] ELSE range(0, size(frontier) - 1) END AS i
    WITH i, frontier[i] AS x
    CALL (x) {
      MATCH (x)--(y:Entity)
      WITH DISTINCT y ORDER BY y.id
      RETURN collect(y) AS neighbours
    }
    UNWIND range(0, size(neighbours) - 1) AS j
    RETURN neighbours[j] AS y, i * 4294967296 + j AS position
  }
  WITH y, min(position) AS first
  WHERE first >= 0
  ORDER BY first
  RETURN collect(y) AS found
}
WITH kept + found[0..$limit - size(kept)] AS kept,
     found[0..$limit - size(kept)] AS frontier,
     truncated OR size(found) > $limit - size(kept) AS truncated`;

/** The nodes within `depth` hops of the node $id, at most $limit of them, and their subgraph; no row if $id is unknown. */
export const neighbourhoodCypher = (depth: number) => `
MATCH (start:Entity {id: $id})
WITH [start] AS kept, [start] AS frontier, false AS truncated
${HOP.repeat(depth)}
${keptSubgraph('truncated')}`;
