/**
 * Embedded store
 * ==============
 * The whole graph in process memory, in a graphology multi-directed graph: nodes keyed by id with
 * {label, props, articles}, edges keyed "TYPE|from|to" with {type, props, articles, evidence}, and the
 * articles beside it. Built from an extraction file; saved to and opened from one JSON file, so a
 * restart does not re-extract. The default store when no Neo4j is configured.
 */
import { readFileSync, writeFileSync } from 'node:fs';

import { MultiDirectedGraph } from 'graphology';

import type { ArticleRecord, EdgeRecord, Evidence, GraphRecord } from '@vnkg/extractor';

import type { ArticleFacts, ArticleMeta, GraphEdge, GraphNode, GraphStore, Holding, NamesakePair, NamesakeVerdict, NodeDetail, NodeSummary, Office, Provenance, Subgraph } from '../graph-store.js';
import { factId, knownProps, readGraphFile, type BadLine } from '../graph-file.js';
import { byCodeUnits, byFact, displayName } from '../node-names.js';
import { breadthFirst } from '../queries/breadth-first.js';
import { listedNamesakes, namesakePairs, type NamesakeLink } from '../queries/namesakes.js';
import { overviewIds, PER_PERSON, type OverviewCandidates } from '../queries/overview.js';
import { isoDay, isoPrefix, seatsOf } from '../queries/tenure.js';
import { SearchIndex } from './search-index.js';

interface NodeAttributes {
  label: string;
  props: Record<string, unknown>;
  articles: string[];
}

interface EdgeAttributes {
  type: string;
  props: Record<string, unknown>;
  articles: string[];
  evidence: Evidence[];
}

type Graph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** What is saved: the graph in graphology's serialised form and the articles. */
interface SavedStore {
  format: 'vnkg-embedded-store/1';
  articles: ArticleRecord[];
  graph: ReturnType<Graph['export']>;
}

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private readonly search = new SearchIndex();
  /** The edges each article supports, for GET /articles/:id. */
  private readonly edgesByArticle = new Map<string, string[]>();
  private readonly neighbourLists = new Map<string, string[]>();

  private constructor(
    private readonly graph: Graph,
    private readonly articles: Map<string, ArticleRecord>,
  ) {
    graph.forEachNode((id, attributes) => this.search.add(id, attributes.label, displayName(id, attributes.props)));
    this.search.freeze();
    graph.forEachEdge((edge, attributes) => {
      for (const article of attributes.articles) {
        const list = this.edgesByArticle.get(article);
        if (list) list.push(edge);
        else this.edgesByArticle.set(article, [edge]);
      }
    });
  }

  /** Build from records (an extraction). Edges whose endpoints are missing are counted, not added. */
  static fromRecords(records: Iterable<GraphRecord>): EmbeddedStore & { skippedEdges: number } {
    const graph: Graph = new MultiDirectedGraph();
    const articles = new Map<string, ArticleRecord>();
    let skippedEdges = 0;
    const edges: EdgeRecord[] = [];
    for (const record of records) {
      if (record.kind === 'article') articles.set(record.id, record);
      else if (record.kind === 'node') graph.mergeNode(record.id, { label: record.label, props: knownProps(record.props), articles: record.articles });
      else edges.push(record);
    }
    for (const edge of edges) {
      if (!graph.hasNode(edge.from) || !graph.hasNode(edge.to)) {
        skippedEdges += 1;
        continue;
      }
      graph.mergeEdgeWithKey(factId(edge), edge.from, edge.to, { type: edge.type, props: knownProps(edge.props), articles: edge.articles, evidence: edge.evidence });
    }
    return Object.assign(new EmbeddedStore(graph, articles), { skippedEdges });
  }

  static async fromGraphFile(path: string, onBadLine: (bad: BadLine) => void): Promise<EmbeddedStore & { skippedEdges: number }> {
    const records: GraphRecord[] = [];
    for await (const record of readGraphFile(path, onBadLine)) records.push(record);
    return EmbeddedStore.fromRecords(records);
  }

  static open(path: string): EmbeddedStore {
    const saved = JSON.parse(readFileSync(path, 'utf8')) as SavedStore;
    if (saved.format !== 'vnkg-embedded-store/1') throw new Error(`${path}: not an embedded store file`);
    const graph: Graph = new MultiDirectedGraph();
    graph.import(saved.graph);
    return new EmbeddedStore(graph, new Map(saved.articles.map((a) => [a.id, a])));
  }

  save(path: string): void {
    const saved: SavedStore = { format: 'vnkg-embedded-store/1', articles: [...this.articles.values()], graph: this.graph.export() };
    writeFileSync(path, JSON.stringify(saved));
  }

  async counts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = { Article: this.articles.size };
    this.graph.forEachNode((_id, attributes) => {
      counts[attributes.label] = (counts[attributes.label] ?? 0) + 1;
    });
    return counts;
  }

  async searchCandidates(foldedQuery: string, label: string | null, limit: number): Promise<NodeSummary[]> {
    return this.search.prefixMatches(foldedQuery, label, limit);
  }

  async node(id: string): Promise<NodeDetail | null> {
    if (!this.graph.hasNode(id)) return null;
    const degree: Record<string, number> = {};
    this.graph.forEachEdge(id, (_edge, attributes) => {
      degree[attributes.type] = (degree[attributes.type] ?? 0) + 1;
    });
    const attributes = this.graph.getNodeAttributes(id);
    return { ...this.graphNode(id), degree, articles: attributes.articles };
  }

  async holdingsOfPerson(personId: string): Promise<{ person: { id: string; name: string }; holdings: Holding[] } | null> {
    if (!this.isPerson(personId)) return null;
    const holdings = this.graph.outEdges(personId).filter((edge) => this.graph.getEdgeAttribute(edge, 'type') === 'HELD_POSITION').map((edge) => this.holding(edge));
    return { person: { id: personId, name: this.summary(personId).name }, holdings };
  }

  async holdingsOfOffices(officeIds: string[]): Promise<Holding[]> {
    return officeIds
      .filter((id) => this.graph.hasNode(id))
      .flatMap((id) => this.graph.inEdges(id))
      .filter((edge) => this.graph.getEdgeAttribute(edge, 'type') === 'HELD_POSITION')
      .map((edge) => this.holding(edge));
  }

  async officesById(officeIds: string[]): Promise<Office[]> {
    return officeIds.filter((id) => this.graph.hasNode(id) && this.graph.getNodeAttribute(id, 'label') === 'Position').map((id) => this.office(id));
  }

  async officesOfProvince(provinceId: string): Promise<{ province: NodeSummary; offices: Office[] } | null> {
    if (!this.graph.hasNode(provinceId) || this.graph.getNodeAttribute(provinceId, 'label') !== 'Province') return null;
    const offices = new Set<string>();
    // An office is in the province directly, or through its body (extractions before the direct edge).
    for (const located of this.graph.inEdges(provinceId)) {
      if (this.graph.getEdgeAttribute(located, 'type') !== 'LOCATED_IN') continue;
      const inside = this.graph.source(located);
      if (this.graph.getNodeAttribute(inside, 'label') === 'Position') offices.add(inside);
      else for (const inOrg of this.graph.inEdges(inside)) if (this.graph.getEdgeAttribute(inOrg, 'type') === 'POSITION_IN') offices.add(this.graph.source(inOrg));
    }
    return { province: this.summary(provinceId), offices: [...offices].sort().map((id) => this.office(id)) };
  }

  async neighborhood(id: string, depth: number, limit: number): Promise<Subgraph | null> {
    if (!this.graph.hasNode(id)) return null;
    const { ids, truncated } = await breadthFirst(id, depth, limit, async (frontier) => new Map(frontier.map((node) => [node, this.sortedNeighbours(node)])));
    return this.subgraph(ids, truncated);
  }

  /** What the overview picks from, ranked once (the graph does not change), not per overview. */
  private overviewCandidates: OverviewCandidates | undefined;

  async overview(limit: number): Promise<Subgraph> {
    this.overviewCandidates ??= this.rankForOverview();
    const { ids, truncated } = overviewIds(this.overviewCandidates, limit);
    return this.subgraph(ids, truncated);
  }

  private rankForOverview(): OverviewCandidates {
    const byDegree = (a: string, b: string) => this.graph.degree(b) - this.graph.degree(a) || byCodeUnits(a, b);
    const ranked = this.graph.nodes().sort(byDegree);
    const isOffice = (id: string) => (this.graph.getNodeAttribute(id, 'label') === 'Position' ? 0 : 1);
    const byOfficeThenDegree = (a: string, b: string) => isOffice(a) - isOffice(b) || byDegree(a, b);
    const persons = ranked
      .filter((id) => this.graph.getNodeAttribute(id, 'label') === 'Person')
      .map((id) => ({ id, neighbours: this.graph.neighbors(id).sort(byOfficeThenDegree).slice(0, PER_PERSON) }));
    return { persons, ranked };
  }

  /** The last whole-graph answer: exports ask for it again and again, and the graph does not change. */
  private everythingCache: { limit: number; subgraph: Subgraph } | undefined;

  async everything(limit: number): Promise<Subgraph> {
    if (this.everythingCache?.limit !== limit) {
      const all = this.graph.nodes().sort();
      this.everythingCache = { limit, subgraph: this.subgraph(all.slice(0, limit), all.length > limit) };
    }
    return this.everythingCache.subgraph;
  }

  async article(id: string): Promise<ArticleFacts | null> {
    const record = this.articles.get(id);
    if (!record) return null;
    const facts: ArticleFacts['facts'] = [];
    for (const edge of this.edgesByArticle.get(id) ?? []) {
      const attributes = this.graph.getEdgeAttributes(edge);
      const evidence = attributes.evidence.find((e) => e.article === id);
      facts.push({ type: attributes.type, from: this.summary(this.graph.source(edge)), to: this.summary(this.graph.target(edge)), props: attributes.props, quote: evidence?.quote ?? '' });
    }
    const { kind: _kind, ...meta } = record;
    facts.sort(byFact);
    return { article: { ...knownProps(meta), ...this.articleMeta(id) }, facts };
  }

  /** Every Person's namesake lists as links, read once (the graph does not change). */
  private namesakeLinks: NamesakeLink[] | undefined;

  async namesakePairs(verdict: NamesakeVerdict | 'all', limit: number): Promise<NamesakePair[]> {
    this.namesakeLinks ??= this.readNamesakeLinks();
    return namesakePairs(this.namesakeLinks, verdict, limit);
  }

  async close(): Promise<void> {}

  /**
   * A node's neighbours by id, listed and sorted on first use: the store does not change once built,
   * and a hub (an office held by hundreds) would otherwise be listed and sorted on every walk through it.
   */
  async provenance(edges: Array<Pick<GraphEdge, 'type' | 'from' | 'to'>>): Promise<Provenance[]> {
    return edges.map((edge) => {
      const key = factId(edge);
      if (!this.graph.hasEdge(key)) return { articles: [], evidence: [] };
      const attributes = this.graph.getEdgeAttributes(key);
      return { articles: [...attributes.articles], evidence: attributes.evidence.map((e) => ({ article: e.article, quote: e.quote, start: e.start, end: e.end, asOf: isoDay(e.asOf) })) };
    });
  }

  /** The entries of the Persons' namesake lists that name another Person of this store. */
  private readNamesakeLinks(): NamesakeLink[] {
    const links: NamesakeLink[] = [];
    this.graph.forEachNode((id, { label, props }) => {
      if (label !== 'Person') return;
      const from = { id, name: displayName(id, props) };
      for (const { id: other, verdict, why } of listedNamesakes(props)) {
        if (!this.isPerson(other)) continue;
        links.push({ from, to: { id: other, name: this.summary(other).name }, verdict, why });
      }
    });
    return links;
  }

  private isPerson(id: string): boolean {
    return this.graph.hasNode(id) && this.graph.getNodeAttribute(id, 'label') === 'Person';
  }

  private sortedNeighbours(id: string): string[] {
    let neighbours = this.neighbourLists.get(id);
    if (!neighbours) {
      neighbours = this.graph.neighbors(id).sort(byCodeUnits);
      this.neighbourLists.set(id, neighbours);
    }
    return neighbours;
  }

  private summary(id: string): NodeSummary {
    const attributes = this.graph.getNodeAttributes(id);
    return { id, label: attributes.label, name: displayName(id, attributes.props) };
  }

  private graphNode(id: string): GraphNode {
    return { ...this.summary(id), props: this.graph.getNodeAttribute(id, 'props') };
  }

  private office(id: string): Office {
    const props = this.graph.getNodeAttribute(id, 'props');
    const title = String(props.title ?? id);
    return { id, title, province: (props.province as string | null | undefined) ?? null, seats: seatsOf(props, title) };
  }

  private articleMeta(id: string): ArticleMeta {
    const record = this.articles.get(id);
    return { id, title: record?.title ?? null, published: record?.published ?? null, url: record?.url ?? null };
  }

  private holding(edge: string): Holding {
    const attributes = this.graph.getEdgeAttributes(edge);
    const person = this.graph.source(edge);
    return {
      person: { id: person, name: this.summary(person).name },
      office: this.office(this.graph.target(edge)),
      status: String(attributes.props.status ?? 'current'),
      evidence: attributes.evidence.map((e) => ({
        quote: e.quote,
        asOf: isoDay(e.asOf),
        since: isoPrefix(e.since),
        until: isoPrefix(e.until),
        status: e.status ?? null,
        article: this.articleMeta(e.article),
      })),
    };
  }

  private subgraph(ids: string[], truncated: boolean): Subgraph {
    const kept = new Set(ids);
    const edges: GraphEdge[] = [];
    for (const id of ids) {
      this.graph.forEachOutEdge(id, (_edge, attributes, _source, target) => {
        if (kept.has(target)) edges.push({ type: attributes.type, from: id, to: target, props: attributes.props });
      });
    }
    return { nodes: ids.map((id) => this.graphNode(id)), edges, truncated };
  }
}
