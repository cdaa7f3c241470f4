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
import { crossLanguageLinks } from './cross-language.js';
import { EvidenceSpill, type EvidenceRef } from './evidence-spill.js';

/** An edge while the graph is built: its evidence lives in the spill file, keyed by article and offset. */
type PendingEdge = Omit<EdgeRecord, 'evidence'> & { evidence: Map<string, EvidenceRef>; latestAsOf?: string };

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

/** The earliest observation's date as `asOf`; the status of the latest one. Whole ISO days compare as text. */
function mergeObservation(into: PendingEdge, from: Record<string, unknown>): void {
  const seen = from.asOf;
  if (typeof seen !== 'string' || !seen) return;
  const earliest = into.props.asOf;
  if (typeof earliest !== 'string' || !earliest || seen < earliest) into.props.asOf = seen;
  if (!into.latestAsOf || seen >= into.latestAsOf) {
    into.latestAsOf = seen;
    if (from.status !== undefined) into.props.status = from.status;
  }
}

// An ISO prefix's last day, as text that sorts: "2019" → "2019-12-31", "2019-02" → "2019-02-31".
const endKey = (prefix: string): string => (prefix.length === 4 ? `${prefix}-12-31` : prefix.length === 7 ? `${prefix}-31` : prefix);

/** The earliest stated start (first days sort as the prefixes do) and the latest stated end (by last day). */
function mergeTenure(into: Record<string, unknown>, evidence: { since?: string; until?: string }): void {
  if (evidence.since && (typeof into.since !== 'string' || evidence.since < into.since)) into.since = evidence.since;
  if (evidence.until && (typeof into.until !== 'string' || endKey(evidence.until) > endKey(into.until))) into.until = evidence.until;
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
        if (typeof edge.props.asOf === 'string' && edge.props.asOf) pending.latestAsOf = edge.props.asOf;
        this.edges.set(key, pending);
      } else {
        mergeObservation(pending, edge.props);
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

  /**
   * Join each person written without diacritics (English pages) to the Vietnamese person it is, when
   * their facts agree (cross-language.ts): its name becomes an alias, its edges move over. Returns
   * how many joined.
   */
  linkLanguages(): number {
    const facts = new Map<string, Set<string>>();
    const factsOf = (id: string): Set<string> => facts.get(id) ?? new Set();
    for (const edge of this.edges.values()) {
      if (edge.type !== 'HELD_POSITION' && edge.type !== 'ATTENDED') continue;
      const own = facts.get(edge.from) ?? new Set<string>();
      own.add(edge.to);
      const province = edge.type === 'HELD_POSITION' ? this.nodes.get(edge.to)?.props.province : null;
      if (typeof province === 'string' && province) own.add(`province:${province}`);
      facts.set(edge.from, own);
    }
    const persons = [...this.nodes.values()].filter((n) => n.label === 'Person');
    const links = crossLanguageLinks(persons, factsOf);
    for (const [fromId, link] of links) {
      const from = this.nodes.get(fromId)!;
      const to = this.nodes.get(link.to)!;
      to.props.aliases = [...new Set([...((to.props.aliases as string[] | undefined) ?? []), String(from.props.name), ...((from.props.aliases as string[] | undefined) ?? [])])];
      to.props.mergedBy = `same name without diacritics and shared ${link.shared.join(', ')}`;
      for (const article of from.articles) if (!to.articles.includes(article)) to.articles.push(article);
      this.nodes.delete(fromId);
    }
    if (!links.size) return 0;
    for (const [key, edge] of [...this.edges]) {
      const moved = { from: links.get(edge.from)?.to ?? edge.from, to: links.get(edge.to)?.to ?? edge.to };
      if (moved.from === edge.from && moved.to === edge.to) continue;
      this.edges.delete(key);
      const movedKey = `${edge.type}|${moved.from}|${moved.to}`;
      const existing = this.edges.get(movedKey);
      if (!existing) {
        this.edges.set(movedKey, { ...edge, ...moved });
        continue;
      }
      // The moved fact's earliest observation and its latest (whose status it carries) both count.
      const { status, ...props } = edge.props;
      mergeObservation(existing, props);
      if (edge.latestAsOf) mergeObservation(existing, { asOf: edge.latestAsOf, status });
      mergeProps(existing.props, edge.props);
      if (edge.type === 'HELD_POSITION') mergeTenure(existing.props, edge.props as { since?: string; until?: string });
      for (const article of edge.articles) if (!existing.articles.includes(article)) existing.articles.push(article);
      for (const [evidenceKey, ref] of edge.evidence) if (!existing.evidence.has(evidenceKey)) existing.evidence.set(evidenceKey, ref);
    }
    return links.size;
  }

  /** All edges, in a stable order, with their evidence read back from the spill file. */
  *allEdges(): Generator<EdgeRecord> {
    const ordered = [...this.edges.values()].sort((a, b) => a.type.localeCompare(b.type) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
    for (const { latestAsOf: _latest, ...edge } of ordered) yield { ...edge, evidence: [...edge.evidence.values()].map((ref) => this.spill.read(ref)) };
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
