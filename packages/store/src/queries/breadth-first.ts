/**
 * The nodes within `depth` hops of a start node, at most `limit` of them, in one fixed order: hop by
 * hop, each node's neighbours by id. The embedded store walks with this; the Neo4j store does the
 * same walk in one query (neo4j/subgraph-cypher.ts), so a capped neighbourhood is the same set
 * whichever store answers.
 */
export async function breadthFirst(
  start: string,
  depth: number,
  limit: number,
  /** The neighbours of each node of a frontier, each list sorted by id (code units). */
  neighboursOf: (frontier: string[]) => Promise<Map<string, string[]>>,
): Promise<{ ids: string[]; truncated: boolean }> {
  const kept = new Set([start]);
  let frontier = [start];
  let truncated = false;
  for (let hop = 0; hop < depth && !truncated && frontier.length > 0; hop++) {
    const neighbours = await neighboursOf(frontier);
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of neighbours.get(node) ?? []) {
        if (kept.has(neighbour)) continue;
        if (kept.size >= limit) {
          truncated = true;
          break;
        }
        kept.add(neighbour);
        next.push(neighbour);
      }
      if (truncated) break;
    }
    frontier = next;
  }
  return { ids: [...kept], truncated };
}
