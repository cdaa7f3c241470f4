/**
 * Person identity
 * ===============
 * Which mentions of a name are one person. A mention is what one article says of a person: the
 * offices it gives them (with the lineage root of each office's province: the unit it belongs to
 * since the 1 July 2025 mergers, so "Vĩnh Phúc" and "Phú Thọ" are one place), the events they
 * attended, the day the article observes it and the article's own province.
 *
 * Mentions of one spelling are joined, in this order, unless their facts conflict:
 *   1. researcher decisions "same" (overrides.ts), whatever the facts;
 *   2. a shared fact: the same office, the same event, the same stated birth year, home province or
 *      province lineage of an office;
 *   3. careers that rotate between provinces (lexicons/identity.json rotationPosts) or run through
 *      central offices: such clusters at different times are one official sent from post to post;
 *   4. a mention without an office that places it joins the one cluster whose province is its
 *      article's, or the only (or by far the largest) cluster of the name; such mentions stay apart
 *      from all clusters when several fit equally.
 * Then a name written without diacritics (English pages) joins the one Vietnamese cluster it shares a
 * fact with; never on the name alone.
 *
 * Two clusters conflict when a researcher said they are different people, when the articles give them
 * different birth years or home provinces, or when they have no province lineage in common and hold
 * current offices in different provinces at the same time (their observed spans overlap, within
 * sameTimeDays), or when one held a ranked post (careerRanks: a provincial secretary above a standing
 * deputy secretary or a People's Committee chair, a minister above them) and the other a lower one
 * in another place after it: officials are rotated up or sideways, not down. Every join and every
 * split keeps its reason.
 *
 * Ids: the cluster with the most mentions keeps the name's id (`person:<slug>`), so adding articles or
 * splitting off a namesake never renames the person most articles speak of; the others are
 * `person:<slug>~<their main province, office or first article>`; the province is today's one (a province
 * merged on 1 July 2025 gives its successor's name), so the id does not change with the merger.
 *
 * Cost: mentions are grouped by name and joined with a union-find; a join merges the smaller
 * cluster's facts into the larger's, so the work grows with mentions times the log of a name's count.
 */
import { readLexiconJson } from '../../lexicon/word-lists.js';
import { BoundedMemo } from '../../memo.js';
import { asciiFold, foldKey } from '../../text/normalize.js';
import { slug } from '../../text/slug.js';

export interface MentionOffice {
  position: string;
  title: string;
  /** The lineage root of the office's province; null for a central office or one whose province is unknown. */
  place: string | null;
  central: boolean;
  /** The province the title names, as the registry writes it (before the lineage), when it names one. */
  province?: string | null;
  /** False when the article calls the holding former ("nguyên"). */
  current: boolean;
}

export interface PersonMention {
  /** Unique per (person id, article). */
  key: string;
  /** The pipeline's id for the spelling: person:<slug of the name>. */
  personId: string;
  name: string;
  article: string;
  /** The ISO day the article observes the person (its date), when known. */
  day: string | null;
  offices: MentionOffice[];
  /** Ids of the events and congresses attended. */
  attended: string[];
  /** The lineage root of the article's province, when it has one. */
  articlePlace: string | null;
  /** The birth year and the lineage root of the home province the article states, when it does. */
  born?: number | null;
  home?: string | null;
}

export interface IdentityDecisions {
  /** These articles' mentions of the name are one person. */
  same: Array<{ name: string; articles: string[]; note?: string }>;
  /** The mentions in `articles` are not the person of the mentions in `from`. */
  distinct: Array<{ name: string; articles: string[]; from: string[]; note?: string }>;
}

export interface IdentityRules {
  rotationPosts: string[];
  sameTimeDays: number;
  centralOffices: string[];
  localWords: string[];
  careerRanks: CareerRanks;
}

/** The order careers climb through one-seat posts (lexicons/identity.json careerRanks). */
export interface CareerRanks {
  /** Title heads and their rank; a higher rank is a more senior post. */
  posts: Record<string, number>;
  /** Provinces whose posts are one rank more senior (the two centrally governed cities). */
  seniorPlaces: string[];
}

export interface ResolvedPerson {
  id: string;
  mentions: PersonMention[];
  /** Why its mentions are one person (empty for a single mention). */
  mergedBy: string[];
  /** Namesakes whose facts conflict with this person's, and the conflicting facts. */
  distinctFrom: Array<{ id: string; why: string }>;
  /** Namesakes kept apart only for want of a fact in common. */
  possiblySame: Array<{ id: string; why: string }>;
}

export const NO_DECISIONS: IdentityDecisions = { same: [], distinct: [] };

let defaultRules: IdentityRules | undefined;
/** The rules of lexicons/identity.json. */
export function identityRules(): IdentityRules {
  defaultRules ??= readLexiconJson<IdentityRules>('identity.json');
  return defaultRules;
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string | null): number | null => {
  const time = day ? Date.parse(day.slice(0, 10)) : NaN;
  return Number.isNaN(time) ? null : Math.floor(time / DAY_MS);
};
const isoDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
/** False for a name written in plain letters, as English pages write Vietnamese names. */
export const hasDiacritics = (name: string): boolean => asciiFold(name) !== name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
/** Most pairs listed on one person: a very common name can have many namesakes. */
const MAX_PAIRS = 20;

/** A set of mentions believed to be one person, with the facts that decide joins. */
class Cluster {
  readonly mentions: PersonMention[] = [];
  readonly keys = new Set<string>();
  /** Lineage roots of every office held. */
  readonly places = new Set<string>();
  /** Per lineage root, the first and last day a current provincial office there is observed. */
  readonly spans = new Map<string, [number, number]>();
  readonly articles = new Set<string>();
  readonly reasons = new Set<string>();
  /** Birth years and home provinces stated: one person has one of each. */
  readonly born = new Set<number>();
  readonly homes = new Set<string>();
  /** Per place and rank, the first and last day a ranked current post there is observed (careerRank). */
  readonly ranked = new Map<string, RankedSpan>();
  /** An office held that careers carry from province to province (central, or a rotation post). */
  rotating: string | null = null;
  /** Holds an office with a province or a central one: a fact that can place the person. */
  placed = false;
  firstDay = Infinity;

  constructor(mention: PersonMention, rules: IdentityRules) {
    this.add(mention, rules);
  }

  private add(mention: PersonMention, rules: IdentityRules): void {
    this.mentions.push(mention);
    this.articles.add(mention.article);
    const day = dayNumber(mention.day);
    if (day !== null) this.firstDay = Math.min(this.firstDay, day);
    for (const key of mentionKeys(mention)) this.keys.add(key);
    if (mention.born) this.born.add(mention.born);
    if (mention.home) this.homes.add(mention.home);
    for (const office of mention.offices) {
      if (office.place) this.places.add(office.place);
      if (office.place || office.central) this.placed = true;
      if (!this.rotating && (office.central || (office.place && isRotationPost(office.title, rules)))) this.rotating = office.title;
      const rank = day === null ? null : careerRank(office, rules);
      if (rank !== null) addRanked(this.ranked, { place: office.place ?? CENTRE, rank, title: office.title, first: day!, last: day! });
      if (!office.place || office.central || !office.current || day === null) continue;
      const span = this.spans.get(office.place);
      this.spans.set(office.place, span ? [Math.min(span[0], day), Math.max(span[1], day)] : [day, day]);
    }
  }

  absorb(other: Cluster): void {
    for (const mention of other.mentions) this.mentions.push(mention);
    for (const key of other.keys) this.keys.add(key);
    for (const place of other.places) this.places.add(place);
    for (const article of other.articles) this.articles.add(article);
    for (const reason of other.reasons) this.reasons.add(reason);
    for (const year of other.born) this.born.add(year);
    for (const home of other.homes) this.homes.add(home);
    for (const [place, [first, last]] of other.spans) {
      const span = this.spans.get(place);
      this.spans.set(place, span ? [Math.min(span[0], first), Math.max(span[1], last)] : [first, last]);
    }
    for (const span of other.ranked.values()) addRanked(this.ranked, span);
    this.rotating ??= other.rotating;
    this.placed ||= other.placed;
    this.firstDay = Math.min(this.firstDay, other.firstDay);
  }
}

interface RankedSpan {
  place: string;
  rank: number;
  title: string;
  first: number;
  last: number;
}

/** The place of central posts among the places of ranked ones. */
const CENTRE = 'the centre';

function addRanked(spans: Map<string, RankedSpan>, span: RankedSpan): void {
  const key = `${span.place}\u0000${span.rank}`;
  const known = spans.get(key);
  if (!known) spans.set(key, { ...span });
  else {
    if (span.first < known.first) Object.assign(known, { first: span.first, title: span.title });
    known.last = Math.max(known.last, span.last);
  }
}

/** The facts a mention can share with another: offices with a place (or central), events, province lineages. */
function mentionKeys(mention: PersonMention): string[] {
  const keys: string[] = [];
  for (const office of mention.offices) {
    if (office.central || office.place) keys.push(`office:${office.position}`);
    if (office.place) keys.push(`place:${office.place}`);
  }
  for (const event of mention.attended) keys.push(`event:${event}`);
  if (mention.born) keys.push(`born:${mention.born}`);
  if (mention.home) keys.push(`home:${mention.home}`);
  return keys;
}

const folded = new WeakMap<string[], string[]>();
const foldedList = (words: string[]): string[] => {
  let list = folded.get(words);
  if (!list) folded.set(words, (list = words.map(foldKey)));
  return list;
};
const foldedTitles = new BoundedMemo<string>(100_000);
/** foldKey of an office title, remembered: the same titles come back in every mention. */
const foldTitle = (title: string): string => foldedTitles.get(title, () => foldKey(title));
const isRotationPost = (title: string, rules: IdentityRules): boolean => foldedList(rules.rotationPosts).some((head) => foldTitle(title).startsWith(head));

/**
 * The seniority of a current one-seat post careers climb through (careerRanks): a central one, or a
 * provincial one whose title names its province right after the head ("Bí thư Tỉnh ủy Nghệ An", "Chủ
 * tịch Ủy ban nhân dân tỉnh Nghệ An"); null for every other office, a city's inside a province among
 * them ("Bí thư Thành ủy Vinh, tỉnh Nghệ An").
 */
function careerRank(office: MentionOffice, rules: IdentityRules): number | null {
  if (!office.current) return null;
  const title = foldTitle(office.title);
  const post = rankedHeads(rules.careerRanks).find(([head]) => title.startsWith(head));
  if (!post) return null;
  const [head, rank] = post;
  if (office.central) return rank;
  if (!office.province) return null;
  const province = foldKey(office.province);
  const rest = title.slice(head.length).trim();
  if (rest !== province && rest !== `tỉnh ${province}` && rest !== `thành phố ${province}`) return null;
  return rank + (foldedList(rules.careerRanks.seniorPlaces).includes(province) ? 1 : 0);
}

const foldedHeads = new WeakMap<CareerRanks, Array<[string, number]>>();
const rankedHeads = (ranks: CareerRanks): Array<[string, number]> => {
  let heads = foldedHeads.get(ranks);
  if (!heads) foldedHeads.set(ranks, (heads = Object.entries(ranks.posts).map(([head, rank]) => [foldKey(head), rank])));
  return heads;
};

function shareOffice(a: Cluster, b: Cluster): boolean {
  const [few, many] = a.keys.size < b.keys.size ? [a, b] : [b, a];
  for (const key of few.keys) if (key.startsWith('office:') && many.keys.has(key)) return true;
  return false;
}

/** A ranked post of `high` and a lower one of `low` in another place, taken up after it, as a reason; else null. */
function careerFall(high: Cluster, low: Cluster): string | null {
  for (const up of high.ranked.values()) {
    for (const down of low.ranked.values()) {
      if (down.place === up.place || down.rank >= up.rank || down.first <= up.last) continue;
      return `${up.title} (${isoDay(up.last)}), then the lower post ${down.title} (${isoDay(down.first)}) elsewhere: officials are not sent down to another province`;
    }
  }
  return null;
}

/** An office of the centre: the registry says so and its title names a central body, not a local one. */
function isCentral(office: MentionOffice, rules: IdentityRules): boolean {
  if (!office.central || office.place) return false;
  const title = foldTitle(office.title);
  return foldedList(rules.centralOffices).some((word) => title.includes(word)) && !foldedList(rules.localWords).some((word) => title.includes(word));
}

/** One name's mentions and the union-find that joins them. */
class NameGroup {
  private readonly parent = new Map<string, string>();
  private readonly clusters = new Map<string, Cluster>();
  /** Office titles by Position id, for the reasons. */
  private readonly titles = new Map<string, string>();

  constructor(
    readonly mentions: PersonMention[],
    private readonly decisions: IdentityDecisions,
    private readonly rules: IdentityRules,
  ) {
    for (const mention of mentions) {
      this.parent.set(mention.key, mention.key);
      this.clusters.set(mention.key, new Cluster(mention, rules));
      for (const office of mention.offices) this.titles.set(office.position, office.title);
    }
  }

  /** How a shared fact reads in `mergedBy`. */
  describe(key: string): string {
    const [kind, ...rest] = key.split(':');
    const value = rest.join(':');
    if (kind === 'office') return `same office ${this.titles.get(value) ?? value}`;
    if (kind === 'event') return `attended ${value}`;
    if (kind === 'born') return `born in ${value}`;
    if (kind === 'home') return `home province ${value}`;
    return `offices in ${value} (province lineage)`;
  }

  root(key: string): string {
    let node = key;
    while (this.parent.get(node) !== node) node = this.parent.get(node)!;
    // Path compression keeps later look-ups short.
    for (let step = key; step !== node; ) {
      const next = this.parent.get(step)!;
      this.parent.set(step, node);
      step = next;
    }
    return node;
  }

  cluster(key: string): Cluster {
    return this.clusters.get(this.root(key))!;
  }

  roots(): Cluster[] {
    return [...this.clusters.values()];
  }

  /** Join the clusters of two mentions; false (and nothing joined) when their facts conflict, unless forced. */
  join(a: string, b: string, reason: string, forced = false): boolean {
    const rootA = this.root(a);
    const rootB = this.root(b);
    if (rootA === rootB) return true;
    const [big, small] = [this.clusters.get(rootA)!, this.clusters.get(rootB)!].sort((x, y) => y.mentions.length - x.mentions.length) as [Cluster, Cluster];
    if (!forced && this.conflict(big, small)) return false;
    const [bigRoot, smallRoot] = big === this.clusters.get(rootA) ? [rootA, rootB] : [rootB, rootA];
    big.absorb(small);
    big.reasons.add(reason);
    this.parent.set(smallRoot, bigRoot);
    this.clusters.delete(smallRoot);
    return true;
  }

  /** Why two clusters cannot be one person, or null when nothing says so. */
  conflict(a: Cluster, b: Cluster): string | null {
    const name = this.mentions[0]!.name;
    for (const decision of this.decisions.distinct) {
      if (asciiFold(decision.name) !== asciiFold(name)) continue;
      const inA = (articles: string[]): boolean => articles.some((article) => a.articles.has(article));
      const inB = (articles: string[]): boolean => articles.some((article) => b.articles.has(article));
      if ((inA(decision.articles) && inB(decision.from)) || (inA(decision.from) && inB(decision.articles))) return `researcher: ${decision.note || 'marked as different people'}`;
    }
    // One person has one birth year and one home province: stated ones that differ part namesakes.
    const differ = <T>(x: Set<T>, y: Set<T>): boolean => x.size > 0 && y.size > 0 && ![...x].some((value) => y.has(value));
    if (differ(a.born, b.born)) return `born in ${[...a.born].join(', ')} and in ${[...b.born].join(', ')}`;
    if (differ(a.homes, b.homes)) return `home provinces ${[...a.homes].join(', ')} and ${[...b.homes].join(', ')}`;
    for (const place of a.places) if (b.places.has(place)) return null;
    const window = this.rules.sameTimeDays;
    for (const [placeA, [firstA, lastA]] of a.spans) {
      for (const [placeB, [firstB, lastB]] of b.spans) {
        if (placeA === placeB || firstA - window > lastB || firstB - window > lastA) continue;
        const range = (first: number, last: number): string => (first === last ? isoDay(first) : `${isoDay(first)}…${isoDay(last)}`);
        return `current offices in ${placeA} (${range(firstA, lastA)}) and in ${placeB} (${range(firstB, lastB)}) at the same time`;
      }
    }
    // Careers go up or sideways: a secretary is not later a lower post in another province. Unless
    // the articles give both one office (a "nguyên Bộ trưởng" now a provincial secretary): the text
    // ties them, and one misread title must not part a person known by a shared post.
    if (shareOffice(a, b)) return null;
    return careerFall(a, b) ?? careerFall(b, a);
  }
}

const byDayThenArticle = (a: PersonMention, b: PersonMention): number => (a.day ?? '9999').localeCompare(b.day ?? '9999') || a.article.localeCompare(b.article) || a.key.localeCompare(b.key);

/** Decide which mentions are one person; every mention lands in exactly one ResolvedPerson. */
export function resolveIdentities(mentions: PersonMention[], decisions: IdentityDecisions = NO_DECISIONS, rules: IdentityRules = identityRules()): ResolvedPerson[] {
  const byName = new Map<string, PersonMention[]>();
  for (const mention of mentions) {
    const key = asciiFold(mention.name);
    const list = byName.get(key);
    const described = withCentralOffices(mention, rules);
    if (list) list.push(described);
    else byName.set(key, [described]);
  }
  const persons: ResolvedPerson[] = [];
  for (const group of byName.values()) persons.push(...resolveName(group.sort(byDayThenArticle), decisions, rules));
  return persons;
}

/** The mention with `central` true only for offices identity counts as central (isCentral). */
function withCentralOffices(mention: PersonMention, rules: IdentityRules): PersonMention {
  if (!mention.offices.some((office) => office.central)) return mention;
  return { ...mention, offices: mention.offices.map((office) => ({ ...office, central: isCentral(office, rules) })) };
}

/** Resolve the mentions of one name (all spellings that fold to the same letters). */
function resolveName(mentions: PersonMention[], decisions: IdentityDecisions, rules: IdentityRules): ResolvedPerson[] {
  const group = new NameGroup(mentions, decisions, rules);
  if (mentions.length > 1) {
    applyDecisions(group, decisions);
    const spellings = new Map<string, PersonMention[]>();
    for (const mention of mentions) {
      const list = spellings.get(mention.personId);
      if (list) list.push(mention);
      else spellings.set(mention.personId, [mention]);
    }
    for (const spelling of spellings.values()) {
      joinOnSharedFacts(group, spelling);
      joinRotatingCareers(group, spelling);
      joinUnplaced(group, spelling);
    }
    joinAcrossLanguages(group);
  }
  return name(group);
}

function applyDecisions(group: NameGroup, decisions: IdentityDecisions): void {
  const folded = asciiFold(group.mentions[0]!.name);
  for (const decision of decisions.same) {
    if (asciiFold(decision.name) !== folded) continue;
    const chosen = group.mentions.filter((mention) => decision.articles.includes(mention.article));
    for (const mention of chosen.slice(1)) group.join(chosen[0]!.key, mention.key, `researcher: ${decision.note || 'marked as one person'}`, true);
  }
}

/** Step 2: mentions sharing an office, an event or a province lineage, most specific fact first. */
function joinOnSharedFacts(group: NameGroup, mentions: PersonMention[]): void {
  const holders = new Map<string, string[]>();
  for (const mention of mentions) {
    for (const key of new Set(mentionKeys(mention))) {
      const list = holders.get(key);
      if (list) list.push(mention.key);
      else holders.set(key, [mention.key]);
    }
  }
  // Most specific first: an office, an event, a birth year, then a home province or an office's province.
  const RANKS = ['office:', 'event:', 'born:'];
  const rank = (key: string): number => {
    const found = RANKS.findIndex((prefix) => key.startsWith(prefix));
    return found < 0 ? RANKS.length : found;
  };
  const keys = [...holders.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  for (const key of keys) {
    const [first, ...rest] = holders.get(key)!;
    for (const other of rest) group.join(first!, other, group.describe(key));
  }
}

/** Step 3: careers through central offices or rotation posts, in time order, where nothing conflicts. */
function joinRotatingCareers(group: NameGroup, mentions: PersonMention[]): void {
  const seen = new Set<Cluster>();
  const careers = mentions.map((m) => group.cluster(m.key)).filter((c) => c.rotating && !seen.has(c) && seen.add(c));
  careers.sort((a, b) => a.firstDay - b.firstDay);
  for (let i = 1; i < careers.length; i++) {
    const later = careers[i]!;
    for (const earlier of careers.slice(0, i)) {
      const before = group.cluster(earlier.mentions[0]!.key);
      if (before === group.cluster(later.mentions[0]!.key)) break;
      const reason = `career through posts carried between provinces: ${before.rotating} and ${group.cluster(later.mentions[0]!.key).rotating}`;
      if (group.join(before.mentions[0]!.key, later.mentions[0]!.key, reason)) break;
    }
  }
}

/**
 * Step 4: a mention that holds no placed office joins the one cluster whose province is its
 * article's, else the only cluster of the name that has offices, else the cluster most of the name's
 * mentions belong to (three times the next); when several fit equally such mentions stay apart from
 * all of them, together, as do the mentions of a name no article gives an office.
 */
function joinUnplaced(group: NameGroup, mentions: PersonMention[]): void {
  const unplaced = mentions.filter((m) => !group.cluster(m.key).placed);
  if (!unplaced.length) return;
  const placed = [...new Set(mentions.map((m) => group.cluster(m.key)).filter((c) => c.placed))].sort((a, b) => b.mentions.length - a.mentions.length);
  const dominant = placed.length === 1 || (placed.length > 1 && placed[0]!.mentions.length >= 3 * placed[1]!.mentions.length) ? placed[0] : undefined;
  const undecided: PersonMention[] = [];
  for (const mention of unplaced) {
    const inPlace = mention.articlePlace ? placed.filter((c) => c.places.has(mention.articlePlace!)) : [];
    if (inPlace.length === 1) group.join(inPlace[0]!.mentions[0]!.key, mention.key, `article in ${mention.articlePlace}, where this person holds office`);
    else if (inPlace.length === 0 && dominant) group.join(dominant.mentions[0]!.key, mention.key, placed.length === 1 ? 'the only person of this name with known offices' : 'most mentions of this name are this person');
    else undecided.push(mention);
  }
  const reason = placed.length ? 'same name; fits several persons of this name equally' : 'same name, no fact telling them apart';
  for (const mention of undecided.slice(1)) group.join(undecided[0]!.key, mention.key, reason);
}

/** A name without diacritics joins the one Vietnamese cluster it shares a fact with. */
function joinAcrossLanguages(group: NameGroup): void {
  const clusters = group.roots();
  const vietnamese = clusters.filter((c) => c.mentions.some((m) => hasDiacritics(m.name)));
  for (const cluster of clusters) {
    if (vietnamese.includes(cluster)) continue;
    const agreeing = vietnamese
      .map((candidate) => ({ candidate, shared: [...cluster.keys].filter((key) => candidate.keys.has(key)) }))
      .filter(({ candidate, shared }) => shared.length > 0 && !group.conflict(candidate, cluster));
    if (agreeing.length !== 1) continue;
    const { candidate, shared } = agreeing[0]!;
    group.join(candidate.mentions[0]!.key, cluster.mentions[0]!.key, `same name without diacritics and ${shared.sort().map((key) => group.describe(key)).join(', ')}`);
  }
}

/** Ids for the clusters (see the header), and the pairs of namesakes kept apart with their reasons. */
function name(group: NameGroup): ResolvedPerson[] {
  const clusters = group.roots();
  const baseOf = new Map<Cluster, string>();
  for (const cluster of clusters) {
    const counts = new Map<string, number>();
    for (const m of cluster.mentions) counts.set(m.personId, (counts.get(m.personId) ?? 0) + (hasDiacritics(m.name) ? 1000 : 1));
    baseOf.set(cluster, [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);
  }
  const order = (a: Cluster, b: Cluster): number => b.mentions.length - a.mentions.length || a.firstDay - b.firstDay || byDayThenArticle(a.mentions[0]!, b.mentions[0]!);
  const idOf = new Map<Cluster, string>();
  const used = new Set<string>();
  for (const cluster of [...clusters].sort(order)) {
    const base = baseOf.get(cluster)!;
    let id = used.has(base) ? `${base}~${qualifier(cluster)}` : base;
    for (let n = 2; used.has(id); n++) id = `${base}~${qualifier(cluster)}-${n}`;
    used.add(id);
    idOf.set(cluster, id);
  }
  return clusters.map((cluster) => {
    const distinctFrom: ResolvedPerson['distinctFrom'] = [];
    const possiblySame: ResolvedPerson['possiblySame'] = [];
    for (const other of clusters) {
      if (other === cluster || baseOf.get(other) !== baseOf.get(cluster) || distinctFrom.length + possiblySame.length >= MAX_PAIRS) continue;
      const why = group.conflict(cluster, other);
      if (why) distinctFrom.push({ id: idOf.get(other)!, why });
      else possiblySame.push({ id: idOf.get(other)!, why: cluster.placed && other.placed ? 'no fact in common' : 'too few facts to tell which person of this name it is' });
    }
    return { id: idOf.get(cluster)!, mentions: cluster.mentions, mergedBy: [...cluster.reasons], distinctFrom, possiblySame };
  });
}

/** What tells a namesake apart in its id: its main province, else its first office, else its first article. */
function qualifier(cluster: Cluster): string {
  const counts = new Map<string, number>();
  for (const m of cluster.mentions) for (const office of m.offices) if (office.place) counts.set(office.place, (counts.get(office.place) ?? 0) + 1);
  const place = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  if (place) return slug(place);
  const office = cluster.mentions.flatMap((m) => m.offices)[0];
  if (office) return slug(office.title);
  return slug(cluster.mentions[0]!.article);
}
