/**
 * The storage interface
 * =====================
 * What the graph API asks of a store. Two stores implement it, the embedded graphology one and Neo4j,
 * and one contract test suite checks they give the same answers. Stores return facts as stored;
 * choosing and ordering (holders at a date, search ranking) happens once, in ./queries.
 */
export type StoreKind = 'embedded' | 'neo4j';

/** A node as lists and graphs show it: `name` is its name, title or number. */
export interface NodeSummary {
  id: string;
  label: string;
  name: string;
}

export interface GraphNode extends NodeSummary {
  props: Record<string, unknown>;
}

export interface GraphEdge {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
  /** Where the fact comes from, when asked for (exports): its articles and evidence sentences. */
  provenance?: Provenance;
}

export interface Provenance {
  articles: string[];
  /** Each sentence, with its offsets in its article's `text`. */
  evidence: Array<{ article: string; quote: string; start: number; end: number; asOf: string | null }>;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface NodeDetail extends GraphNode {
  /** Relationships by type, both directions (MENTIONED_IN excluded: see `articles`). */
  degree: Record<string, number>;
  articles: string[];
}

export interface ArticleMeta {
  id: string;
  title: string | null;
  published: string | null;
  url: string | null;
}

/** One sentence supporting a fact. */
export interface EvidenceView {
  quote: string;
  asOf: string | null;
  /** HELD_POSITION: when the holding began or ended, where the sentence says (ISO prefix), and what it says of it. */
  since?: string | null;
  until?: string | null;
  status?: string | null;
  article: ArticleMeta;
}

export interface Office {
  id: string;
  title: string;
  province: string | null;
  /** "one": the next holder ends the previous one's tenure; "many": holders share the office. */
  seats?: 'one' | 'many';
}

/** One HELD_POSITION fact: a person in an office, with every sentence that says so. */
export interface Holding {
  person: { id: string; name: string };
  office: Office;
  status: string;
  evidence: EvidenceView[];
}

export interface ArticleFacts {
  article: ArticleMeta & Record<string, unknown>;
  facts: Array<{ type: string; from: NodeSummary; to: NodeSummary; props: Record<string, unknown>; quote: string }>;
}

/**
 * What the extractor concluded of two Person nodes of one name it kept apart: `distinct` when their
 * facts conflict (current offices in two provinces at once), `possibly-same` when only a shared fact
 * was missing to join them.
 */
export type NamesakeVerdict = 'distinct' | 'possibly-same';

/** Two namesakes, once per unordered pair (a's id sorts first), with the reasons both sides give. */
export interface NamesakePair {
  a: { id: string; name: string };
  b: { id: string; name: string };
  verdict: NamesakeVerdict;
  reasons: string[];
}

export interface GraphStore {
  readonly kind: StoreKind;
  /** Nodes by label (Article included). */
  counts(): Promise<Record<string, number>>;
  /** Nodes whose name, title or number might match the query (a superset; ranked by ./queries/search). */
  searchCandidates(foldedQuery: string, label: string | null, limit: number): Promise<NodeSummary[]>;
  node(id: string): Promise<NodeDetail | null>;
  /** A person and the offices they held (null when there is no such person). */
  holdingsOfPerson(personId: string): Promise<{ person: { id: string; name: string }; holdings: Holding[] } | null>;
  /** Every holding of the given offices. */
  holdingsOfOffices(officeIds: string[]): Promise<Holding[]>;
  /** The Positions among these ids (see ./queries/offices for the ids a title may have). */
  officesById(officeIds: string[]): Promise<Office[]>;
  /** The offices of a province (null when there is no such province). */
  officesOfProvince(provinceId: string): Promise<{ province: NodeSummary; offices: Office[] } | null>;
  /** Nodes within `depth` hops of `id` (MENTIONED_IN not followed), at most `limit` nodes. */
  neighborhood(id: string, depth: number, limit: number): Promise<Subgraph | null>;
  /** A first screen of `limit` nodes: the most connected persons with their best connected neighbours, then the most connected other nodes (queries/overview.ts); and the edges among them. */
  overview(limit: number): Promise<Subgraph>;
  /** Everything (for export), capped at `limit` nodes. */
  everything(limit: number): Promise<Subgraph>;
  /** The provenance of each edge, in the order given (empty for an edge not in the store). */
  provenance(edges: Array<Pick<GraphEdge, 'type' | 'from' | 'to'>>): Promise<Provenance[]>;
  article(id: string): Promise<ArticleFacts | null>;
  /** Namesake pairs of one verdict (or all), ordered by name then ids, at most `limit` (./queries/namesakes). */
  namesakePairs(verdict: NamesakeVerdict | 'all', limit: number): Promise<NamesakePair[]>;
  close(): Promise<void>;
}
