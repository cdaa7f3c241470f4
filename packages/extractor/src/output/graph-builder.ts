/**
 * Graph builder
 * =============
 * Merges the nodes of many articles into one node per id: `articles` lists every article that
 * mentions it and props fill in from later mentions where earlier ones were null (a document cited
 * once with its date and once without is one node with the date). Holds nodes only, never article
 * text, so memory grows with distinct entities, not with the corpus.
 */
import type { EdgeRecord, NodeRecord } from '../types.js';

function mergeProps(into: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(from)) {
    const current = into[key];
    if (Array.isArray(current) && Array.isArray(value)) {
      into[key] = [...new Set([...current, ...value])];
    } else if ((current === null || current === undefined || current === '') && value !== undefined) {
      into[key] = value;
    }
  }
}

export class GraphBuilder {
  private readonly nodes = new Map<string, NodeRecord>();
  private readonly edges = new Map<string, EdgeRecord>();

  /** One edge per distinct fact (type, from, to); articles and evidence of every mention are merged. */
  addEdges(edges: EdgeRecord[]): void {
    for (const edge of edges) {
      const key = `${edge.type}|${edge.from}|${edge.to}`;
      const existing = this.edges.get(key);
      if (!existing) {
        this.edges.set(key, { ...edge, props: { ...edge.props }, articles: [...edge.articles], evidence: [...edge.evidence] });
        continue;
      }
      mergeProps(existing.props, edge.props);
      for (const article of edge.articles) if (!existing.articles.includes(article)) existing.articles.push(article);
      for (const evidence of edge.evidence) {
        const seen = existing.evidence.some((e) => e.article === evidence.article && e.start === evidence.start);
        if (!seen) existing.evidence.push(evidence);
      }
    }
  }

  /** All edges, in a stable order. */
  allEdges(): EdgeRecord[] {
    return [...this.edges.values()].sort((a, b) => a.type.localeCompare(b.type) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  }

  addNodes(nodes: NodeRecord[]): void {
    for (const node of nodes) {
      const existing = this.nodes.get(node.id);
      if (!existing) {
        this.nodes.set(node.id, { ...node, props: { ...node.props }, articles: [...node.articles] });
        continue;
      }
      mergeProps(existing.props, node.props);
      for (const article of node.articles) if (!existing.articles.includes(article)) existing.articles.push(article);
    }
  }

  /** All nodes, in a stable order (by label, then id). */
  allNodes(): NodeRecord[] {
    return [...this.nodes.values()].sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
  }

  get size(): number {
    return this.nodes.size;
  }
}
