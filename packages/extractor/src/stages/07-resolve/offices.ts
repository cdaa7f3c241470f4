/**
 * Offices → nodes and edges
 * =========================
 * Each office a person is given becomes a Position node (a specific office: role + body + scope), its
 * Organization (POSITION_IN), the Organization's Province when local (LOCATED_IN), and a HELD_POSITION
 * edge with status, asOf (the article date) and the evidence sentence.
 */
import { escapeRegExp } from '../../text/regex.js';
import { slug } from '../../text/slug.js';
import type { EdgeRecord, NodeRecord, Sentence, Span } from '../../types.js';
import type { TitleItems } from '../06-mentions/position/find.js';
import { OFFICES, ROLE_AT_START, expandAbbreviations } from '../06-mentions/position/lexicon.js';
import { needsHost, parseOffice, type Office } from '../06-mentions/position/parse.js';
import { canonicalName } from '../06-mentions/person/find.js';

type Node = Omit<NodeRecord, 'articles'>;
type Edge = Omit<EdgeRecord, 'articles'>;

export interface OfficeContext {
  articleId: string;
  articleProvince: string | null;
  published: string | null;
  sentences: Sentence[];
  provinces: Array<Span & { name: string }>;
  persons: Span[];
  text: string;
}

// The party committee a later item ends with: "Tỉnh ủy", "Đảng ủy Khối các Cơ quan Trung ương".
const COMMITTEE_TAIL = new RegExp(String.raw`(?:^|\s)((?:${[...Object.values(OFFICES.unitCommittees), 'Đảng ủy'].map(escapeRegExp).join('|')})(?:\s.*)?)$`, 'u');
const ROLE_PREFIX = new RegExp(`^${ROLE_AT_START.source.slice(1)}\\s*`, 'u');

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
  const hosts = [items[i - 1], items[i + 1]]
    .filter((x): x is string => Boolean(x))
    .map((item) => body(item).replace(HOST_PREFIX, ''))
    .filter((host) => host && !PARTY_ORGAN.test(host));
  return hosts[0] ?? null;
}

// "Đảng ủy Bộ Y tế" and "Hội đồng thành viên Tập đoàn X" name their host after the organ.
const HOST_PREFIX = /^(?:Đảng ủy|Ban cán sự đảng|Ban cán sự Đảng|Hội đồng thành viên|Đảng đoàn)(?:\s+|$)/u;
// Bodies that are party organs, never the host of another organ.
const PARTY_ORGAN = /^(?:Ban Chấp hành|Ban Thường vụ|Tỉnh ủy|Thành ủy|Huyện ủy|Bộ Chính trị|Ban Bí thư|Trung ương|Đảng ủy|Ban cán sự)/u;

/** The sentence holding a span. */
function sentenceOf(sentences: Sentence[], at: number): Sentence | undefined {
  return sentences.find((s) => at >= s.start && at < s.end);
}

/**
 * The province a person's unnamed "Tỉnh ủy" belongs to: one named in the person's own stretch of the
 * sentence (up to the next person), else one named before the sentence's first person ("Tại điểm cầu
 * Phú Thọ, …"), else the article's. A province inside another person's titles is that person's.
 */
function provinceFor(context: OfficeContext, sentence: Sentence | undefined, person: Span): string | null {
  if (!sentence) return context.articleProvince;
  const inSentence = (span: Span): boolean => span.start >= sentence.start && span.end <= sentence.end;
  const people = context.persons.filter(inSentence);
  const nextStart = people.find((p) => p.start > person.start)?.start ?? sentence.end;
  const firstStart = people[0]?.start ?? sentence.end;
  const provinces = context.provinces.filter(inSentence);
  const own = provinces.find((p) => p.start >= person.start && p.start < nextStart);
  const lead = provinces.filter((p) => p.end <= firstStart).pop();
  return own?.name ?? lead?.name ?? context.articleProvince;
}

// "huyện Tân Hồng", "quận Ba Đình", "thị xã Sơn Tây": a district named in running text.
const DISTRICT = /(?:huyện|quận|thị xã)\s+(\p{Lu}[\p{Ll}\p{M}]*(?:\s\p{Lu}[\p{Ll}\p{M}]*){0,2})/gu;

/** The district the article names most, or null. */
function articleDistrict(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(DISTRICT)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** The district a sentence names, else the article's. */
function districtFor(sentence: Sentence | undefined, inArticle: string | null): string | null {
  const [named] = sentence ? sentence.text.matchAll(DISTRICT) : [];
  return named?.[1] ?? inArticle;
}

const BRIDGE_HOST = new RegExp(`điểm cầu\\s+((?:${OFFICES.bridgeHosts.map(escapeRegExp).join('|')})\\s\\p{Lu}[^,.;:]*)`, 'u');

/** "Tại điểm cầu Tập đoàn Hóa chất Việt Nam, …": the organisation hosting the sentence's bridge point. */
const bridgeHost = (sentence: Sentence | undefined): string | null => (sentence ? BRIDGE_HOST.exec(sentence.text)?.[1]?.trim() ?? null : null);

function officesOf(titles: TitleItems, province: string | null, district: string | null, host: string | null): Office[] {
  return titles.items.flatMap((item, i) => {
    const office = parseOffice(item, province, completionFor(titles.items, i) ?? host, district);
    return office ? [office] : [];
  });
}

export function resolveOffices(allTitles: TitleItems[], context: OfficeContext): { nodes: Node[]; edges: Edge[] } {
  const nodes: Node[] = [];
  const edges: Edge[] = [];
  const inArticle = allTitles.length ? articleDistrict(context.text) : null;
  for (const titles of allTitles) {
    const sentence = sentenceOf(context.sentences, titles.person.start);
    const personId = `person:${slug(canonicalName(titles.person.surface))}`;
    for (const office of officesOf(titles, provinceFor(context, sentence, titles.person), districtFor(sentence, inArticle), bridgeHost(sentence))) {
      const positionId = `position:${slug(office.title)}`;
      nodes.push({ kind: 'node', label: 'Position', id: positionId, props: { title: office.title, org: office.org, province: office.province } });
      if (office.org) {
        const orgId = `org:${slug(office.org)}`;
        nodes.push({ kind: 'node', label: 'Organization', id: orgId, props: { name: office.org, province: office.province } });
        edges.push({ kind: 'edge', type: 'POSITION_IN', from: positionId, to: orgId, props: {}, evidence: [] });
        if (office.province) edges.push({ kind: 'edge', type: 'LOCATED_IN', from: orgId, to: `province:${slug(office.province)}`, props: {}, evidence: [] });
      }
      edges.push({
        kind: 'edge',
        type: 'HELD_POSITION',
        from: personId,
        to: positionId,
        props: { status: office.status, asOf: context.published, rule: `${titles.rule}/${office.rule}` },
        evidence: sentence ? [{ article: context.articleId, quote: sentence.text, start: sentence.start, end: sentence.end, asOf: context.published }] : [],
      });
    }
  }
  return { nodes, edges };
}
