/**
 * Graph builder
 * =============
 * Merges the nodes of many articles into one node per id: `articles` lists every article that
 * mentions it and props fill in from later mentions where earlier ones were null (a document cited
 * once with its date and once without is one node with the date). Edges merge the same way, one per
 * (type, from, to), except what dates a fact: `asOf` is its earliest observation and `status` what
 * the latest observation says (an article calling a holding "nguyên" outweighs older ones), and a
 * HELD_POSITION's `since`/`until` are the earliest start and latest end its sentences state. Article
 * text is never held and evidence quotes wait in a spill file, so memory grows with distinct entities
 * and facts, not with the corpus text.
 */
import type { EdgeRecord, NodeRecord } from '../types.js';
import { EvidenceSpill, type EvidenceRef } from './evidence-spill.js';

/** An edge while the graph is built: its evidence lives in the spill file, keyed by article and offset. */
type PendingEdge = Omit<EdgeRecord, 'evidence'> & { evidence: Map<string, EvidenceRef> };

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

/** The earliest observation's date; the latest observation's status. Dates are ISO, so they compare as text. */
function mergeObservation(into: Record<string, unknown>, from: Record<string, unknown>): void {
  const [earlier, later] = [into.asOf, from.asOf];
  if (typeof later !== 'string' || !later) return;
  if (typeof earlier !== 'string' || !earlier || later < earlier) into.asOf = later;
  if ((typeof earlier !== 'string' || later >= earlier) && from.status !== undefined) into.status = from.status;
}

/** ISO prefixes compare as text: "2019" < "2019-03" < "2019-03-21" < "2020". */
function mergeTenure(into: Record<string, unknown>, evidence: { since?: string; until?: string }): void {
  if (evidence.since && (typeof into.since !== 'string' || evidence.since < into.since)) into.since = evidence.since;
  if (evidence.until && (typeof into.until !== 'string' || evidence.until > into.until)) into.until = evidence.until;
}

export class GraphBuilder {
  private readonly nodes = new Map<string, NodeRecord>();
  private readonly edges = new Map<string, PendingEdge>();
  private readonly spill = new EvidenceSpill();

  /** One edge per distinct fact (type, from, to); articles and evidence of every mention are merged. */
  addEdges(edges: EdgeRecord[]): void {
    for (const edge of edges) {
      const key = `${edge.type}|${edge.from}|${edge.to}`;
      let pending = this.edges.get(key);
      if (!pending) {
        pending = { ...edge, props: { ...edge.props }, articles: [], evidence: new Map() };
        this.edges.set(key, pending);
      } else {
        mergeObservation(pending.props, edge.props);
        mergeProps(pending.props, edge.props);
      }
      if (edge.type === 'HELD_POSITION') for (const evidence of edge.evidence) mergeTenure(pending.props, evidence);
      for (const article of edge.articles) if (!pending.articles.includes(article)) pending.articles.push(article);
      for (const evidence of edge.evidence) {
        const evidenceKey = `${evidence.article}@${evidence.start}`;
        if (!pending.evidence.has(evidenceKey)) pending.evidence.set(evidenceKey, this.spill.append(evidence));
      }
    }
  }

  /** All edges, in a stable order, with their evidence read back from the spill file. */
  *allEdges(): Generator<EdgeRecord> {
    const ordered = [...this.edges.values()].sort((a, b) => a.type.localeCompare(b.type) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
    for (const edge of ordered) yield { ...edge, evidence: [...edge.evidence.values()].map((ref) => this.spill.read(ref)) };
  }

  /** Release the spill file. */
  close(): void {
    this.spill.close();
  }

  addNodes(nodes: NodeRecord[]): void {
    for (const node of nodes) {
      const existing = this.nodes.get(node.id);
      if (!existing) {
        this.nodes.set(node.id, { ...node, props: { ...node.props }, articles: [...node.articles] });
        continue;
      }
      mergeProps(existing.props, node.props);
      for (const article of node.articles) {
        if (existing.articles.includes(article)) continue;
        existing.articles.push(article);
        // Persons of different articles are one node only by their normalised name: say so, so a
        // researcher can tell a name match from a confirmed identity.
        if (existing.label === 'Person') existing.props.mergedBy = 'same-normalised-name';
      }
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
