/**
 * Offices → nodes and edges
 * =========================
 * Each office a person is given becomes a Position node (a specific office: role + body + scope), its
 * Organization (POSITION_IN), the Organization's Province when local (LOCATED_IN), and a HELD_POSITION
 * edge with status, asOf (the article date) and the evidence sentence, dated by what the sentence says
 * (tenure.ts: since/until on the evidence entry). "X giữ chức Y thay ông Z" also gives Z's holding of Y,
 * ended then.
 */
import { normalizeTones } from '../../text/normalize.js';
import { escapeRegExp, longestFirst } from '../../text/regex.js';
import { slug } from '../../text/slug.js';
import type { EdgeRecord, NodeRecord, Sentence, Span } from '../../types.js';
import type { TitleItems } from '../06-mentions/position/find.js';
import { clauseAround } from '../05-sentences/index.js';
import { OFFICES, ROLE_AT_START, canonicalRole, expandAbbreviations, officeLevel, officeSeats } from '../06-mentions/position/lexicon.js';
import { needsHost, parseOffice, type Office } from '../06-mentions/position/parse.js';
import { canonicalName } from '../06-mentions/person/find.js';
import { localityOf } from './localities.js';
import { TRANSFER, changeInClause, predecessorOf, sentenceEventDate, tenureOf, type Change, type Tenure } from './tenure.js';

type Node = Omit<NodeRecord, 'articles'>;
type Edge = Omit<EdgeRecord, 'articles'>;

export interface OfficeContext {
  articleId: string;
  articleProvince: string | null;
  published: string | null;
  /** The date of the event the article reports (its lead's date), else published. */
  eventDate: string | null;
  sentences: Sentence[];
  provinces: Array<Span & { name: string }>;
  persons: Span[];
  text: string;
}

// The party committee a later item ends with: "Tỉnh ủy", "Đảng ủy Khối các Cơ quan Trung ương".
const COMMITTEE_TAIL = new RegExp(String.raw`(?:^|\s)((?:${[...Object.values(OFFICES.unitCommittees), 'Đảng ủy'].map(escapeRegExp).join('|')})(?:\s.*)?)$`, 'u');
// In any case, as the role itself is matched ("Phó bí thư Tỉnh ủy").
const ROLE_PREFIX = new RegExp(`^${ROLE_AT_START.source.slice(1)}\\s*`, ROLE_AT_START.flags);

/**
 * What an elliptical office borrows from its neighbours: "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức
 * Tỉnh ủy" → "Tỉnh ủy"; "Giám đốc Công an tỉnh, Bí thư Đảng ủy" → "Công an tỉnh" (the host body).
 */
function completionFor(items: string[], i: number): string | null {
  const body = (item: string): string => expandAbbreviations(item).replace(ROLE_PREFIX, '').trim();
  const own = body(items[i]!);
  if (!needsHost(own)) return null;
  if (/^Ban Thường vụ$/u.test(own)) return items.slice(i + 1).map((later) => COMMITTEE_TAIL.exec(body(later))?.[1]).find(Boolean) ?? null;
  // The host is the organisation a neighbouring office belongs to, not a party organ itself.
  // A neighbour whose office the lexicon knows names its body itself ("Tổng Thanh tra Chính phủ" → "Thanh tra Chính phủ").
  const hosts = [items[i - 1], items[i + 1]]
    .filter((x): x is string => Boolean(x))
    .map((item) => knownBody(item) ?? body(item).replace(HOST_PREFIX, ''))
    .filter((host) => host && !PARTY_ORGAN.test(host));
  return hosts[0] ?? null;
}

function knownBody(item: string): string | null {
  const office = parseOffice(item, null);
  return office?.rule === 'role+body:known' ? office.org : null;
}

// "Đảng ủy Bộ Y tế" and "Hội đồng thành viên Tập đoàn X" name their host after the organ.
const HOST_PREFIX = /^(?:Đảng ủy|Ban cán sự đảng|Ban cán sự Đảng|Ban cán sự|Hội đồng thành viên|Đảng đoàn)(?:\s+|$)/u;
// Bodies that are party organs, never the host of another organ.
const PARTY_ORGAN = /^(?:Ban Chấp hành|Ban Thường vụ|Tỉnh ủy|Thành ủy|Huyện ủy|Bộ Chính trị|Ban Bí thư|Trung ương|Đảng ủy|Ban cán sự)/u;

/** The sentence holding a span. */
// Rules that read a title written right beside its person's name.
const CLAUSE_RULES = new Set(['apposition-after', 'title-before']);

const previousSentence = (sentences: Sentence[], sentence: Sentence): Sentence | undefined => sentences[sentences.indexOf(sentence) - 1];

function sentenceOf(sentences: Sentence[], at: number): Sentence | undefined {
  return sentences.find((s) => at >= s.start && at < s.end);
}

/**
 * The province a person's unnamed "Tỉnh ủy" belongs to: one named in the person's own stretch of the
 * sentence (up to the next person), else one named before the sentence's first person ("Tại điểm cầu
 * Phú Thọ, …"), else the article's. A province inside another person's titles is that person's.
 */
function provinceFor(context: OfficeContext, sentence: Sentence | undefined, person: Span, rule: string): string | null {
  if (!sentence) return context.articleProvince;
  const inSentence = (span: Span): boolean => span.start >= sentence.start && span.end <= sentence.end;
  const people = context.persons.filter(inSentence);
  const nextStart = people.find((p) => p.start > person.start)?.start ?? sentence.end;
  const firstStart = people[0]?.start ?? sentence.end;
  const provinces = context.provinces.filter(inSentence);
  // A title written before the name ends there: a province after the name is another clause's
  // ("Bí thư Tỉnh ủy A sinh năm 1972, tại tỉnh Phú Thọ").
  const own = rule === 'title-before' ? undefined : provinces.find((p) => p.start >= person.start && p.start < nextStart);
  const lead = provinces.filter((p) => p.end <= firstStart).pop();
  return own?.name ?? lead?.name ?? context.articleProvince;
}

// "huyện Tân Hồng", "quận Ba Đình", "thị xã Sơn Tây": a district named in running text.
const DISTRICT = /(?:huyện|quận|thị xã)\s+(\p{Lu}[\p{Ll}\p{M}]*(?:\s\p{Lu}[\p{Ll}\p{M}]*){0,2})/gu;

/** Districts named in a text; "huyện Nguyễn Văn A" is a title run into a person's name, no district. */
const districtsIn = (text: string, personNames: Set<string>): string[] =>
  [...text.matchAll(DISTRICT)].map((m) => m[1]!).filter((name) => !personNames.has(name) && !/^(?:Khóa|Khoá|Nhiệm)(?:\s|$)/u.test(name));

/** The district the article names most, or null. */
function articleDistrict(text: string, personNames: Set<string>): string | null {
  const counts = new Map<string, number>();
  for (const name of districtsIn(text, personNames)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** The district a sentence names, else the article's. */
function districtFor(sentence: Sentence | undefined, inArticle: string | null, personNames: Set<string>): string | null {
  return (sentence ? districtsIn(sentence.text, personNames)[0] : undefined) ?? inArticle;
}

const BRIDGE_HOST = new RegExp(`điểm cầu\\s+((?:${OFFICES.bridgeHosts.map(escapeRegExp).join('|')})\\s\\p{Lu}[^,.;:]*)`, 'u');

/** "Tại điểm cầu Tập đoàn Hóa chất Việt Nam, …": the organisation hosting the sentence's bridge point. */
const bridgeHost = (sentence: Sentence | undefined): string | null => (sentence ? BRIDGE_HOST.exec(sentence.text)?.[1]?.trim() ?? null : null);

const SCOPED_BODIES = longestFirst(OFFICES.scopedBodies.bodies);
// "Chủ nhiệm Ủy ban Kiểm tra", "Trưởng Ban Tổ chức": a body that has a scope everywhere, written without one.
const BARE_SCOPED_BODY = new RegExp(`(?:^|\\s)(${SCOPED_BODIES})$`, 'u');
// Written forms of a phrase in running text: itself, in old-style tones, and the abbreviations for it.
function writtenForms(phrases: string[]): Map<string, string> {
  const forms = new Map<string, string>();
  for (const phrase of phrases) {
    forms.set(phrase, phrase);
    forms.set(phrase.replace(/ủy/gu, 'uỷ').replace(/Ủy/gu, 'Uỷ'), phrase);
    for (const [short, full] of Object.entries(OFFICES.abbreviations)) if (full === phrase) forms.set(short, phrase);
  }
  return forms;
}
const SCOPED_BODY_FORMS = writtenForms(OFFICES.scopedBodies.bodies);
const SCOPE_FORMS = writtenForms(OFFICES.scopedBodies.scopes);
// Read in the raw text (no abbreviation pass over the whole article): "Ủy ban Kiểm tra T.Ư", "UBKT Tỉnh uỷ".
const SCOPED_MENTION = new RegExp(
  `(?<![\\p{L}\\p{M}])(${longestFirst([...SCOPED_BODY_FORMS.keys()])})\\s+(${longestFirst([...SCOPE_FORMS.keys()])})(?![\\p{L}\\p{M}])`,
  'gu',
);

// "Tập đoàn Dầu khí Việt Nam", "Tổng công ty Điện lực miền Bắc": an enterprise named in full.
const ENTERPRISE_HEADS = OFFICES.bridgeHosts.filter((head) => head !== 'Bộ');
// Its name: capitalised words, with lower-case ones only between them ("Dầu khí Việt Nam", "Điện lực miền Bắc").
const ENTERPRISE = new RegExp(
  `(${longestFirst(ENTERPRISE_HEADS)})((?:\\s+\\p{Lu}[\\p{L}\\p{M}]*(?:(?:\\s+\\p{Ll}[\\p{L}\\p{M}]*){1,2}(?=\\s+\\p{Lu}))?){2,8})`,
  'gu',
);
const BARE_ENTERPRISE = new RegExp(`(?:^|\\s)(${longestFirst(ENTERPRISE_HEADS)})$`, 'u');

/**
 * Where the article names a scoped body with its scope ("Ủy ban Kiểm tra T.Ư") or an enterprise in full
 * ("Tập đoàn Dầu khí Việt Nam"): the body or head word, what completes it, and where.
 */
function scopedMentions(text: string, persons: Span[]): Array<{ body: string; scope: string; at: number }> {
  const scoped = [...text.matchAll(SCOPED_MENTION)].map((m) => ({ body: SCOPED_BODY_FORMS.get(m[1]!)!, scope: SCOPE_FORMS.get(m[2]!)!, at: m.index! }));
  const enterprises = [...text.matchAll(ENTERPRISE)].flatMap((m) => {
    // "… Tập đoàn Dầu khí Việt Nam Lê Mạnh Hùng": the name ends where a person's begins.
    const nameStart = m.index! + m[1]!.length;
    const person = persons.find((p) => p.start > nameStart && p.start < m.index! + m[0].length);
    const name = normalizeTones((person ? text.slice(nameStart, person.start) : m[2]!).trim());
    return name.split(' ').length >= 2 ? [{ body: m[1]!, scope: name, at: m.index! }] : [];
  });
  return [...scoped, ...enterprises];
}

const HOSTED_BOARD_END = new RegExp(`(?:${OFFICES.hostedBoards.map(escapeRegExp).join('|')})$`, 'iu');

/** The enterprise the article names first in full, host of a board written alone ("Chủ tịch HĐTV"). */
const articleEnterprise = (mentions: ScopedMentions): string | null => {
  const first = mentions.filter((m) => ENTERPRISE_HEADS.includes(m.body)).sort((a, b) => a.at - b.at)[0];
  return first ? `${first.body} ${first.scope}` : null;
};

/**
 * "Chủ nhiệm UBKT" in a sentence naming "Ủy ban Kiểm tra T.Ư": the title with the scope its sentence gives
 * the body, else the scope the article gave it last before — but in a province's article a central
 * mention elsewhere does not make the province's own "Trưởng Ban Tổ chức" central. "Tổng Giám đốc Tập
 * đoàn" takes the enterprise named last before it.
 */
function withArticleScope(item: string, at: number, mentions: () => ScopedMentions, sentence: Sentence | undefined, provincial: boolean): string {
  const role = canonicalRole(item.trim());
  // "… Ủy ban Kiểm tra Trung ương họp … dưới sự chủ trì của Chủ nhiệm A": the head of the body its sentence names.
  const headed = OFFICES.scopedBodies.heads[role];
  if (headed && sentence) {
    const body = mentions().find((m) => m.at >= sentence.start && m.at < at && (headed.endsWith(' ') ? m.body.startsWith(headed) : m.body === headed));
    if (body) return `${role} ${/ Ban$/u.test(role) ? body.body.replace(/^Ban /u, '') : body.body} ${body.scope}`;
  }
  const written = expandAbbreviations(normalizeTones(item.trim()));
  const enterprise = BARE_ENTERPRISE.exec(item.trim());
  const bare = enterprise ?? BARE_SCOPED_BODY.exec(written);
  if (!bare) return item;
  const same = mentions().filter((m) => m.body === bare[1]);
  const inSentence = sentence ? same.filter((m) => m.at >= sentence.start && m.at < sentence.end) : [];
  const before = same.filter((m) => m.at <= at).pop();
  const scope = (inSentence.filter((m) => m.at <= at).pop() ?? inSentence[0] ?? (enterprise || !provincial || before?.scope !== 'Trung ương' ? before : undefined))?.scope;
  return scope ? `${written} ${scope}` : item;
}

type ScopedMentions = ReturnType<typeof scopedMentions>;

/** A value computed on first use. */
function lazily<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= compute());
}

interface ArticleScope {
  mentions: () => ScopedMentions;
  sentence: Sentence | undefined;
  provincial: boolean;
}

function officesOf(titles: TitleItems, province: string | null, district: string | null, host: string | null, scope: ArticleScope): Office[] {
  const { mentions } = scope;
  return titles.items.flatMap((item, i) => {
    const completed = withArticleScope(item, titles.person.start, mentions, scope.sentence, scope.provincial);
    // A company's board written alone ("Chủ tịch HĐTV") is that of the enterprise the article is about.
    const enterprise = HOSTED_BOARD_END.test(expandAbbreviations(completed)) ? articleEnterprise(mentions()) : null;
    const office = parseOffice(completed, province, completionFor(titles.items, i) ?? host ?? enterprise, district);
    return office ? [office] : [];
  });
}

/** How a rule's offices change hands in the sentence (`verb`: what the clause after the name says), and where. */
function changeOf(rule: string, office: Office, verb: ReturnType<typeof changeInClause>, clauseAt: number): { change: Change | null; verbAt: number } {
  const verbAt = clauseAt + (verb?.at ?? 0);
  if (rule === 'holds-verb') return { change: verb?.change ?? null, verbAt };
  // A decision names what it gives and what it takes away ("thôi giữ chức" → former).
  if (rule === 'decision' || rule === 'decision-handed') return { change: office.status === 'former' ? 'ends' : 'starts', verbAt };
  return { change: null, verbAt };
}

// "… giao ông", "bổ nhiệm bà", "điều động đồng chí": the person is the one a decision is about.
const APPOINTED_BEFORE = /(?<![\p{L}\p{M}])(?:giao|bổ nhiệm|chỉ định|điều động|phân công|luân chuyển|bầu|giới thiệu|cử)\s+(?:ông|bà|đồng chí)\s+$/u;

const dated = (tenure: Tenure): Tenure => ({ ...(tenure.since ? { since: tenure.since } : {}), ...(tenure.until ? { until: tenure.until } : {}) });

export function resolveOffices(allTitles: TitleItems[], context: OfficeContext): { nodes: Node[]; edges: Edge[] } {
  const nodes: Node[] = [];
  const edges: Edge[] = [];
  const personNames = new Set(context.persons.map((p) => canonicalName(p.name ?? p.surface)));
  const inArticle = allTitles.length ? articleDistrict(context.text, personNames) : null;
  // Read only when a title needs them (a bare commission or enterprise, a company board alone).
  const mentions = lazily(() => scopedMentions(context.text, context.persons));
  // Evidence dated by the article's event rather than by its own sentence.
  const datedByEvent = new WeakSet<object>();
  const holding = (personId: string, positionId: string, status: string, rule: string, sentence: Sentence | undefined, tenure: Tenure): Edge => ({
    kind: 'edge',
    type: 'HELD_POSITION',
    from: personId,
    to: positionId,
    props: { status, asOf: context.published, rule },
    evidence: sentence ? [{ article: context.articleId, quote: sentence.text, start: sentence.start, end: sentence.end, asOf: context.published, status, ...dated(tenure) }] : [],
  });
  for (const titles of allTitles) {
    const sentence = sentenceOf(context.sentences, titles.person.start);
    const personId = `person:${slug(canonicalName(titles.person.name ?? titles.person.surface))}`;
    const subjectEnd = sentence ? titles.person.end - sentence.start : 0;
    const verb = changeInClause(sentence ? sentence.text.slice(subjectEnd) : '');
    const inSentence = sentence ? context.persons.filter((p) => p.start >= sentence.start && p.end <= sentence.end).map((p) => ({ ...p, at: p.start - sentence.start })) : [];
    const province = provinceFor(context, sentence, titles.person, titles.rule);
    for (const office of officesOf(titles, province, districtFor(sentence, inArticle, personNames), bridgeHost(sentence), { mentions, sentence, provincial: context.articleProvince !== null })) {
      const positionId = `position:${slug(office.title)}`;
      const seats = officeSeats(office.role, office.title);
      const level = officeLevel(office.org, office.province);
      nodes.push({
        kind: 'node',
        label: 'Position',
        id: positionId,
        props: { title: office.title, role: office.role, body: office.org, level, seats, org: office.org, province: office.province },
      });
      const found = office.org && (level === 'district' || level === 'commune') ? localityOf(office.org) : null;
      // A "unit name" that is a person of the article is a name the title ran into ("… huyện Nguyễn Văn A").
      const locality = found && !personNames.has(found.name.slice(found.kind.length + 1)) ? found : null;
      // A district's title seldom names its province: the one the sentence or the article is about.
      const localityProvince = office.province ?? province;
      const localityId = locality && `locality:${localityProvince ? `${slug(localityProvince)}:` : ''}${slug(locality.name)}`;
      if (office.org) {
        const orgId = `org:${slug(office.org)}`;
        nodes.push({ kind: 'node', label: 'Organization', id: orgId, props: { name: office.org, province: office.province } });
        edges.push({ kind: 'edge', type: 'POSITION_IN', from: positionId, to: orgId, props: {}, evidence: [] });
        if (office.province) edges.push({ kind: 'edge', type: 'LOCATED_IN', from: orgId, to: `province:${slug(office.province)}`, props: {}, evidence: [] });
        if (localityId) edges.push({ kind: 'edge', type: 'LOCATED_IN', from: orgId, to: localityId, props: {}, evidence: [] });
      }
      // The district or commune the office serves, inside its province when that is known.
      if (locality && localityId) {
        const provinceFrom = office.province ? 'title' : localityProvince ? 'context' : null;
        nodes.push({ kind: 'node', label: 'Locality', id: localityId, props: { name: locality.name, kind: locality.kind, level: locality.level, province: localityProvince, provinceFrom } });
        edges.push({ kind: 'edge', type: 'LOCATED_IN', from: positionId, to: localityId, props: {}, evidence: [] });
        if (localityProvince) edges.push({ kind: 'edge', type: 'LOCATED_IN', from: localityId, to: `province:${slug(localityProvince)}`, props: {}, evidence: [] });
      }
      // The office of a province is in it too, so province queries need not go through its body.
      if (office.province) edges.push({ kind: 'edge', type: 'LOCATED_IN', from: positionId, to: `province:${slug(office.province)}`, props: {}, evidence: [] });
      const { change, verbAt } = changeOf(titles.rule, office, verb, subjectEnd);
      // The titles written beside a name whose clause goes on to a change of office ("Từ ngày 20/7/2015, … giao
      // ông A, Tổng giám đốc Tập đoàn, kiêm …") are what the person held then: the sentence's dates are the change's.
      const besideAChange =
        CLAUSE_RULES.has(titles.rule) && (verb?.change != null || (sentence !== undefined && APPOINTED_BEFORE.test(sentence.text.slice(Math.max(0, titles.person.start - sentence.start - 40), titles.person.start - sentence.start))));
      const event = sentence ? sentenceEventDate(sentence.text, () => previousSentence(context.sentences, sentence)?.text, context.eventDate) : null;
      const tenure = titles.tenure ? dated(titles.tenure) : sentence && event && !besideAChange ? tenureOf(change, sentence.text, verbAt, event.date, event.stated) : {};
      // A title written beside its name is stated in the name's clause; dates may come from anywhere in the sentence.
      const quoted = sentence && CLAUSE_RULES.has(titles.rule) && !tenure.since && !tenure.until ? clauseAround(sentence, titles.person.start) : sentence;
      const held = holding(personId, positionId, office.status, `${titles.rule}/${office.rule}`, quoted, tenure);
      if (tenure.ofArticleEvent && held.evidence[0]) datedByEvent.add(held.evidence[0]);
      edges.push(held);
      // The one holder of a one-seat office before: their holding ends when this one starts.
      const predecessor = change === 'starts' && sentence && seats === 'one' ? predecessorOf(sentence.text, subjectEnd, inSentence) : null;
      if (predecessor) {
        const predecessorId = `person:${slug(canonicalName(predecessor.name ?? predecessor.surface))}`;
        if (predecessorId !== personId) edges.push(holding(predecessorId, positionId, 'former', 'successor', sentence, { until: tenure.since }));
      }
    }
  }
  const merged = mergeSameSentence(edges, context.sentences, datedByEvent);
  endedByTransfer(merged, nodes);
  preferStatedDates(merged, datedByEvent);
  return { nodes, edges: merged };
}

/**
 * One holding told twice in an article, once with its own date ("Ngày 12/1/2016, Thủ tướng ký quyết
 * định bổ nhiệm ông A …") and once on the article's event ("… trao quyết định bổ nhiệm … cho ông A"): the
 * stated date is the start; the event's (a handover, a ceremony) is dropped.
 */
function preferStatedDates(edges: Edge[], datedByEvent: WeakSet<object>): void {
  const stated = new Set(edges.filter((e) => e.type === 'HELD_POSITION' && e.evidence.some((ev) => ev.since && !datedByEvent.has(ev))).map((e) => `${e.from}|${e.to}`));
  for (const edge of edges) {
    if (edge.type !== 'HELD_POSITION' || !stated.has(`${edge.from}|${edge.to}`)) continue;
    for (const evidence of edge.evidence) if (evidence.since && datedByEvent.has(evidence)) delete evidence.since;
  }
}

/**
 * A career told step by step: "Tháng 1/2018, ông được điều động … giữ chức Phó Chủ tịch UBND tỉnh Lạng
 * Sơn …" and later "Tháng 12/2020, Ban Bí thư điều động ông … giữ chức Phó Bí thư Tỉnh ủy Bắc Kạn": a
 * transfer to another province ends the dated posts taken before in the province left.
 */
function endedByTransfer(edges: Edge[], nodes: Node[]): void {
  const provinceOf = new Map(nodes.filter((n) => n.label === 'Position').map((n) => [n.id, n.props.province as string | null]));
  const dated = edges.filter((e) => e.type === 'HELD_POSITION' && e.evidence[0]?.since && provinceOf.get(e.to));
  for (const later of dated) {
    const evidence = later.evidence[0]!;
    if (!TRANSFER.test(evidence.quote)) continue;
    for (const earlier of dated) {
      const before = earlier.evidence[0]!;
      if (earlier.from !== later.from || before.until || before.since! >= evidence.since! || provinceOf.get(earlier.to) === provinceOf.get(later.to)) continue;
      before.until = evidence.since;
      earlier.props.status = before.status = 'former';
    }
  }
}

/** Two rules finding one holding in one sentence give one edge; the dates either found are kept. */
function mergeSameSentence(edges: Edge[], sentences: Sentence[], datedByEvent: WeakSet<object>): Edge[] {
  const byFact = new Map<string, Edge>();
  const merged: Edge[] = [];
  for (const edge of edges) {
    const evidence = edge.evidence[0];
    if (edge.type !== 'HELD_POSITION' || !evidence) {
      merged.push(edge);
      continue;
    }
    // By sentence: one rule may quote a clause of it, another the whole.
    const key = `${edge.from}|${edge.to}|${sentenceOf(sentences, evidence.start)?.start ?? evidence.start}`;
    const first = byFact.get(key);
    if (!first) {
      byFact.set(key, edge);
      merged.push(edge);
      continue;
    }
    const kept = first.evidence[0]!;
    // A start taken over from the other rule keeps how it was dated.
    if (!kept.since && evidence.since && datedByEvent.has(evidence)) datedByEvent.add(kept);
    kept.since ??= evidence.since;
    kept.until ??= evidence.until;
    // "ông A, Bí thư X, thôi giữ chức Bí thư X": the decision's "former" outweighs the title's "current".
    if (edge.props.status === 'former') first.props.status = kept.status = 'former';
  }
  return merged;
}
