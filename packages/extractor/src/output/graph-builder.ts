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
 *
 * Persons are the exception to "one node per id": a name is not an identity. Each article's person
 * and its facts are kept apart as a mention until resolvePersons() decides, from the facts of all
 * articles, which mentions are one person (identity/identity.ts), and only then merged.
 */
import { currentProvinceOf } from '../lexicon/provinces.js';
import type { ArticleRecord, EdgeRecord, NodeRecord } from '../types.js';
import { EvidenceSpill, type EvidenceRef } from './evidence-spill.js';
import { hasDiacritics, NO_DECISIONS, resolveIdentities, type IdentityDecisions, type PersonMention } from './identity/identity.js';

/** An edge while the graph is built: its evidence lives in the spill file, keyed by article and offset. */
type PendingEdge = Omit<EdgeRecord, 'evidence' | 'articles'> & { articles: Set<string>; evidence: Map<string, EvidenceRef>; latestAsOf?: string };
/** A node while the graph is built: its articles as a set, since popular nodes gather thousands. */
type PendingNode = Omit<NodeRecord, 'articles'> & { articles: Set<string> };

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

/** A person as one article gives them, and the facts from them in that article (keyed by type and target). */
interface PendingMention {
  node: PendingNode;
  edges: Map<string, PendingEdge>;
}

/** What resolvePersons() found: persons from how many mentions, and the names that are several persons. */
export interface IdentityReport {
  mentions: number;
  persons: number;
  /** Names (the main spelling) that ended as two or more persons. */
  splitNames: number;
  /** Time the resolution took, for the bench and the run's summary. */
  milliseconds: number;
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

/**
 * The Person props that record identity decisions, each absent when it has nothing to say. A loader
 * that updates nodes in place clears them before writing: a split undone by a researcher must not
 * leave its old `distinctFrom` behind.
 */
export const IDENTITY_PROPS = ['mergedBy', 'distinctFrom', 'distinctWhy', 'possiblySame', 'possiblySameWhy'] as const;

/** The earliest stated start (first days sort as the prefixes do) and the latest stated end (by last day). */
function mergeTenure(into: Record<string, unknown>, evidence: { since?: string; until?: string }): void {
  if (evidence.since && (typeof into.since !== 'string' || evidence.since < into.since)) into.since = evidence.since;
  if (evidence.until && (typeof into.until !== 'string' || endKey(evidence.until) > endKey(into.until))) into.until = evidence.until;
}

export class GraphBuilder {
  private readonly nodes = new Map<string, PendingNode>();
  private readonly edges = new Map<string, PendingEdge>();
  private readonly mentions = new Map<string, PendingMention>();
  private readonly articles = new Map<string, { province: string | null; published: string | null }>();
  private readonly spill = new EvidenceSpill();

  /** The article's date and province, which date and place its persons' mentions. */
  addArticle(article: Pick<ArticleRecord, 'id' | 'province' | 'published'>): void {
    this.articles.set(article.id, { province: article.province, published: article.published });
  }

  addNodes(nodes: NodeRecord[]): void {
    for (const node of nodes) {
      if (node.label === 'Person') {
        for (const article of node.articles) {
          const key = mentionKey(node.id, article);
          const mention = this.mentions.get(key);
          if (mention) mergeProps(mention.node.props, node.props);
          else this.mentions.set(key, { node: { ...node, props: { ...node.props }, articles: new Set([article]) }, edges: new Map() });
        }
        continue;
      }
      const existing = this.nodes.get(node.id);
      if (!existing) {
        this.nodes.set(node.id, { ...node, props: { ...node.props }, articles: new Set(node.articles) });
        continue;
      }
      mergeProps(existing.props, node.props);
      for (const article of node.articles) existing.articles.add(article);
    }
  }

  /** One edge per distinct fact (type, from, to); articles and evidence of every mention are merged. */
  addEdges(edges: EdgeRecord[]): void {
    for (const edge of edges) {
      // A person's facts arrive one article at a time, as the pipeline writes them: they wait with the mention.
      const mention = edge.from.startsWith('person:') ? this.mentionOf(edge.from, edge.articles[0] ?? '') : null;
      const into = mention ? mention.edges : this.edges;
      const key = mention ? `${edge.type}|${edge.to}` : `${edge.type}|${edge.from}|${edge.to}`;
      let pending = into.get(key);
      if (!pending) {
        pending = { ...edge, props: { ...edge.props }, articles: new Set(), evidence: new Map() };
        if (typeof edge.props.asOf === 'string' && edge.props.asOf) pending.latestAsOf = edge.props.asOf;
        into.set(key, pending);
      } else {
        mergeObservation(pending, edge.props);
        mergeProps(pending.props, edge.props);
      }
      if (edge.type === 'HELD_POSITION') for (const evidence of edge.evidence) mergeTenure(pending.props, evidence);
      for (const article of edge.articles) pending.articles.add(article);
      for (const evidence of edge.evidence) {
        const evidenceKey = `${evidence.article}@${evidence.start}`;
        if (!pending.evidence.has(evidenceKey)) pending.evidence.set(evidenceKey, this.spill.append(evidence));
      }
    }
  }

  private mentionOf(personId: string, article: string): PendingMention {
    const key = mentionKey(personId, article);
    let mention = this.mentions.get(key);
    if (!mention) {
      // A fact about a person the article's nodes did not list: the person is known by its id alone.
      mention = { node: { kind: 'node', label: 'Person', id: personId, props: { name: personId.slice('person:'.length), aliases: [] }, articles: new Set([article]) }, edges: new Map() };
      this.mentions.set(key, mention);
    }
    return mention;
  }

  /**
   * Decide which mentions are one person (identity/identity.ts, with a researcher's decisions) and
   * merge each person's mentions and facts into one node. Runs once, before the graph is read; the
   * graph's readers call it with no decisions when the run did not.
   */
  resolvePersons(decisions: IdentityDecisions = NO_DECISIONS): IdentityReport {
    const startedAt = performance.now();
    const report: IdentityReport = { mentions: this.mentions.size, persons: 0, splitNames: 0, milliseconds: 0 };
    if (!this.mentions.size) return report;
    const persons = resolveIdentities([...this.mentions].map(([key, mention]) => this.describe(key, mention)), decisions);
    const idsOfName = new Map<string, number>();
    for (const person of persons) {
      const base = person.id.split('~')[0]!;
      idsOfName.set(base, (idsOfName.get(base) ?? 0) + 1);
      const merged = this.mergeMentions(person.id, person.mentions.map((m) => this.mentions.get(m.key)!));
      if (person.mentions.length > 1) merged.props.mergedBy = person.mergedBy.join('; ') || 'same name';
      if (person.distinctFrom.length) Object.assign(merged.props, { distinctFrom: person.distinctFrom.map((p) => p.id), distinctWhy: person.distinctFrom.map((p) => p.why) });
      if (person.possiblySame.length) Object.assign(merged.props, { possiblySame: person.possiblySame.map((p) => p.id), possiblySameWhy: person.possiblySame.map((p) => p.why) });
    }
    this.mentions.clear();
    report.persons = persons.length;
    report.splitNames = [...idsOfName.values()].filter((n) => n > 1).length;
    report.milliseconds = performance.now() - startedAt;
    return report;
  }

  /** A mention as identity sees it: the offices (with their province's lineage) and events of its facts. */
  private describe(key: string, { node, edges }: PendingMention): PersonMention {
    // A mention is of one article (mentionKey).
    const article = [...node.articles][0]!;
    const known = this.articles.get(article);
    let day = known?.published ?? null;
    const { name, born, homeProvince } = node.props;
    const mention: PersonMention = {
      key,
      personId: node.id,
      name: String(name ?? node.id),
      article,
      day,
      offices: [],
      attended: [],
      articlePlace: known?.province ? currentProvinceOf(known.province) : null,
      born: typeof born === 'number' ? born : null,
      home: typeof homeProvince === 'string' ? currentProvinceOf(homeProvince) : null,
    };
    for (const edge of edges.values()) {
      const asOf = typeof edge.props.asOf === 'string' && edge.props.asOf ? edge.props.asOf : null;
      if (!known?.published && asOf && (!day || asOf < day)) day = asOf;
      if (edge.type === 'ATTENDED') mention.attended.push(edge.to);
      if (edge.type !== 'HELD_POSITION') continue;
      const position = this.nodes.get(edge.to)?.props ?? {};
      const province = typeof position.province === 'string' && position.province ? position.province : null;
      mention.offices.push({
        position: edge.to,
        title: String(position.title ?? edge.to),
        place: province ? currentProvinceOf(province) : null,
        central: position.level === 'central',
        province,
        current: edge.props.status !== 'former',
      });
    }
    mention.day = day;
    return mention;
  }

  /** One person's node from its mentions, and their facts moved onto it. */
  private mergeMentions(id: string, mentions: PendingMention[]): PendingNode {
    const spellings = new Map<string, number>();
    for (const { node } of mentions) spellings.set(String(node.props.name), (spellings.get(String(node.props.name)) ?? 0) + 1);
    // The spelling most articles use, preferring one with diacritics ("Trần Cẩm Tú" over "Tran Cam Tu").
    const withMarks = (name: string): number => (hasDiacritics(name) ? 1 : 0);
    const [name] = [...spellings].sort((a, b) => withMarks(b[0]) - withMarks(a[0]) || b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    const node: PendingNode = { kind: 'node', label: 'Person', id, props: { name, aliases: [] }, articles: new Set() };
    for (const mention of mentions) {
      const { name: spelling, aliases, ...rest } = mention.node.props;
      mergeProps(node.props, rest);
      const known = new Set([...(node.props.aliases as string[]), ...((aliases as string[] | undefined) ?? []), String(spelling)]);
      known.delete(name);
      node.props.aliases = [...known];
      for (const article of mention.node.articles) node.articles.add(article);
      for (const edge of mention.edges.values()) this.absorbEdge({ ...edge, from: id });
    }
    this.nodes.set(id, node);
    return node;
  }

  /** Merge a fact into the graph's edge of the same (type, from, to), keeping every observation. */
  private absorbEdge(edge: PendingEdge): void {
    const key = `${edge.type}|${edge.from}|${edge.to}`;
    const existing = this.edges.get(key);
    if (!existing) {
      this.edges.set(key, edge);
      return;
    }
    // The fact's earliest observation and its latest (whose status it carries) both count.
    const { status, ...props } = edge.props;
    mergeObservation(existing, props);
    if (edge.latestAsOf) mergeObservation(existing, { asOf: edge.latestAsOf, status });
    mergeProps(existing.props, edge.props);
    if (edge.type === 'HELD_POSITION') mergeTenure(existing.props, edge.props as { since?: string; until?: string });
    for (const article of edge.articles) existing.articles.add(article);
    for (const [evidenceKey, ref] of edge.evidence) if (!existing.evidence.has(evidenceKey)) existing.evidence.set(evidenceKey, ref);
  }

  /** All edges, in a stable order, with their evidence read back from the spill file. */
  *allEdges(): Generator<EdgeRecord> {
    this.resolvePersons();
    const ordered = [...this.edges.values()].sort((a, b) => a.type.localeCompare(b.type) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
    for (const { latestAsOf: _latest, ...edge } of ordered) yield { ...edge, articles: [...edge.articles], evidence: [...edge.evidence.values()].map((ref) => this.spill.read(ref)) };
  }

  /** All nodes, in a stable order (by label, then id). */
  allNodes(): NodeRecord[] {
    this.resolvePersons();
    return [...this.nodes.values()].sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id)).map((node) => ({ ...node, articles: [...node.articles] }));
  }

  /** Release the spill file. */
  close(): void {
    this.spill.close();
  }

  get size(): number {
    return this.nodes.size;
  }
}

const mentionKey = (personId: string, article: string): string => `${personId}\u0000${article}`;
