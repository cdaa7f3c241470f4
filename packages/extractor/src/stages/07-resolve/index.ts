/**
 * Stage 07: resolve
 * =================
 * Turns one article's mentions into graph nodes with stable ids derived from canonical identity:
 * persons by normalised name, provinces by canonical name, congresses by scope + ordinal, documents
 * by scope + number + term (local numbers are unique only within a province; central numbers restart
 * each Central Committee term). Unnamed "Tỉnh ủy"/"tỉnh" scopes take the article's province.
 */
import { findProvinceMentions, provinceByName } from '../../lexicon/provinces.js';
import { intToRoman, romanToInt } from '../../text/normalize.js';
import { escapeRegExp } from '../../text/regex.js';
import { slug } from '../../text/slug.js';
import type { NodeRecord, Span } from '../../types.js';
import type { CongressMention } from '../06-mentions/congress/find.js';
import { centralTermOn, type DocumentMention } from '../06-mentions/document/find.js';
import type { Biography } from '../06-mentions/person/biography.js';
import { canonicalName } from '../06-mentions/person/find.js';
import { expandAbbreviations, OFFICES } from '../06-mentions/position/lexicon.js';

export interface ArticleMentions {
  persons: Span[];
  provinces: Array<Span & { name: string }>;
  congresses: CongressMention[];
  documents: DocumentMention[];
  /** Birth years and home provinces by person name (Span.name, else its surface). */
  biographies?: Map<string, Biography>;
}

type Node = Omit<NodeRecord, 'articles'>;

const node = (label: NodeRecord['label'], id: string, props: Record<string, unknown>): Node => ({ kind: 'node', label, id, props });

/** Persons by canonical name; a stated birth year and home province tell namesakes apart later (output/identity). */
function personNodes(persons: Span[], biographies: Map<string, Biography> = new Map()): Node[] {
  return persons.map((p) => {
    const name = canonicalName(p.name ?? p.surface);
    const biography = biographies.get(p.name ?? p.surface);
    return node('Person', `person:${slug(name)}`, {
      name,
      aliases: p.surface === name ? [] : [p.surface],
      ...(biography?.born ? { born: biography.born } : {}),
      ...(biography?.home ? { homeProvince: biography.home } : {}),
    });
  });
}

function provinceNodes(provinces: ArticleMentions['provinces']): Node[] {
  return provinces.map((p) => {
    const entry = provinceByName(p.name);
    return node('Province', `province:${slug(p.name)}`, {
      name: p.name,
      kind: entry?.kind ?? null,
      era: entry?.era ?? null,
      mergedInto: entry?.mergedInto ?? null,
    });
  });
}

/** The province a local unit text names ("tỉnh Lai Châu" → Lai Châu), else the article's. */
function unitProvince(unitText: string | null, articleProvince: string | null): string | null {
  const named = unitText ? provinceByName(unitText.replace(/^(?:tỉnh|thành phố|TP\.?)\s+/iu, '')) : undefined;
  return named?.name ?? articleProvince;
}

const CENTRAL_UNIT = new RegExp(`(?:^|\\s)(?:${OFFICES.centralPartyUnits.map(escapeRegExp).join('|')})(?:\\s|$)`, 'iu');
const provinceNamedIn = (unitText: string): boolean => findProvinceMentions(unitText).length > 0;

function congressNode(c: CongressMention, articleProvince: string | null): Node {
  if (c.level === 'national') {
    return node('Congress', `congress:national:${c.ordinal}`, {
      name: `Đại hội đại biểu toàn quốc lần thứ ${intToRoman(c.ordinal)} của Đảng`,
      ordinal: c.ordinal,
      scope: 'national',
      term: c.term,
    });
  }
  // A party organisation outside the provinces ("Đảng bộ Công an Trung ương") is its own scope.
  if (c.unitText && CENTRAL_UNIT.test(c.unitText) && !provinceNamedIn(c.unitText)) {
    const scope = `Đảng bộ ${expandAbbreviations(c.unitText)}`;
    return node('Congress', `congress:${slug(scope)}:${c.ordinal}`, {
      name: `Đại hội đại biểu ${scope} lần thứ ${intToRoman(c.ordinal)}`,
      ordinal: c.ordinal,
      scope,
      term: c.term,
    });
  }
  const province = unitProvince(c.unitText, articleProvince);
  // A district or city party organisation below the province keeps its own name in the id.
  const unit = c.unitText && !/^(?:tỉnh|thành phố|TP\.?)(?:\s|$)/iu.test(c.unitText) ? c.unitText : null;
  const scopeSlug = province ? slug(province) : 'unknown-province';
  return node('Congress', `congress:${scopeSlug}${unit ? `:${slug(unit)}` : ''}:${c.ordinal}`, {
    name: unit
      ? `Đại hội đại biểu Đảng bộ ${unit} lần thứ ${intToRoman(c.ordinal)}`
      : `Đại hội đại biểu Đảng bộ tỉnh${province ? ` ${province}` : ''} lần thứ ${intToRoman(c.ordinal)}`,
    ordinal: c.ordinal,
    scope: province,
    term: c.term,
  });
}

/** "Nghị quyết Đại hội …": the resolution of a congress, named by it. */
function congressResolution(c: CongressMention, congress: Node): Node {
  const scope = congress.props.scope === 'national' ? 'central' : (congress.props.scope as string | null);
  const name = `Nghị quyết ${congress.props.name as string}`;
  return node('Resolution', `resolution:${scope ? slug(scope) : 'unknown-province'}:${slug(name)}`, {
    type: 'Nghị quyết',
    number: null,
    date: null,
    issuer: congress.props.name,
    term: intToRoman(c.ordinal),
    scope,
    title: name,
  });
}

function documentNode(d: DocumentMention, articleProvince: string | null): Node {
  const namedProvince = d.issuerPlace ? provinceByName(d.issuerPlace)?.name : undefined;
  // A shared code ("…/ĐUK") with nothing near it saying which: the article's province, if it has one.
  const local = d.scopeHint === 'local' || (d.scopeHint === 'shared' && articleProvince !== null);
  const scope = local || namedProvince ? (namedProvince ?? articleProvince) : 'central';
  const term = d.term ?? (scope === 'central' && d.date && d.number ? centralTermOn(d.date) : null);
  const issuer = d.issuer && namedProvince && local ? `${d.issuer} ${namedProvince}` : d.issuer;
  const scopeSlug = scope ? slug(scope) : 'unknown-province';
  // Central numbers restart each term, so the term is part of the identity when known.
  // "18-NQ/TW", "18-NQ/TƯ" and "18-NQ/T.Ư" are one number.
  const identity = d.number
    ? `${slug(d.number.replace(/(?<=[-/])(?:T\.Ư|TƯ)(?=$|[-/])/u, 'TW'))}${scope === 'central' && term ? `@${term.toLowerCase()}` : ''}`
    : slug(d.name ?? '');
  return node('Resolution', `resolution:${scopeSlug}:${identity}`, {
    type: d.type,
    number: d.number,
    date: d.date,
    issuer,
    term: term && romanToInt(term) ? term : null,
    scope,
    title: d.number ? d.subject : d.name,
  });
}

/**
 * "Nghị quyết số 12 của Bộ Chính trị" after "Nghị quyết số 12-NQ/TW" is the same document: a bare
 * number stands for a full number of the same type in the article that starts with it.
 */
function fullFormOf(d: DocumentMention, documents: DocumentMention[]): DocumentMention | undefined {
  if (!d.number || /\D/.test(d.number)) return undefined;
  const leading = (number: string): number => Number(/^\d+/.exec(number)?.[0] ?? NaN);
  return documents.find((c) => c.number && /\D/.test(c.number) && leading(c.number) === Number(d.number) && (c.type === d.type || !d.type));
}

/** Where a document is cited in the text, and the node it resolved to (for relations between documents). */
export interface DocumentRef {
  start: number;
  /** End of the reference itself (number, date, issuer), before any subject. */
  referenceEnd: number;
  end: number;
  named: boolean;
  type: string | null;
  id: string;
}

// A congress named as the source of a resolution or as one to come is not the one reported.
const NOT_THE_EVENT_BEFORE = /(?:Nghị quyết|tiến tới|hướng tới|chào mừng|chuẩn bị|trình|phục vụ|sau|trước)\s+$/iu;

/**
 * The congresses an article names, the one it reports first: the one its title names, else the one it
 * names most often as an event (not "Nghị quyết Đại hội …", "tiến tới Đại hội …"), then the first named.
 */
function rankCongresses(mentions: CongressMention[], nodes: Node[], text: string, titleEnd: number): string[] {
  const score = new Map<string, { title: boolean; count: number; first: number }>();
  mentions.forEach((c, i) => {
    const id = nodes[i]!.id;
    const seen = score.get(id) ?? { title: false, count: 0, first: c.start };
    const asEvent = !NOT_THE_EVENT_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start));
    score.set(id, { title: seen.title || (c.start < titleEnd && asEvent), count: seen.count + (asEvent ? 1 : 0), first: Math.min(seen.first, c.start) });
  });
  return [...score]
    .sort(([, a], [, b]) => Number(b.title) - Number(a.title) || b.count - a.count || a.first - b.first)
    .map(([id]) => id);
}

/** The congress the title names as what happens ("Khai mạc Đại hội …"), not as a resolution's source. */
function titleCongress(mentions: CongressMention[], nodes: Node[], text: string, titleEnd: number): string | null {
  const i = mentions.findIndex((c) => c.start < titleEnd && !NOT_THE_EVENT_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start)));
  return i >= 0 ? nodes[i]!.id : null;
}

/** The nodes one article yields (duplicates are merged later by the graph builder), and its document citations. */
export function resolveArticle(
  mentions: ArticleMentions,
  articleProvince: string | null,
  text: string,
  titleEnd = 0,
): { nodes: Node[]; documentRefs: DocumentRef[]; congressIds: string[]; titleCongressId: string | null } {
  const congresses = mentions.congresses.map((c) => congressNode(c, articleProvince));
  const documentRefs: DocumentRef[] = [];
  const congressDocs = mentions.congresses.flatMap((c, i) => {
    const before = /Nghị quyết\s+$/iu.exec(text.slice(Math.max(0, c.start - 12), c.start));
    if (!before) return [];
    const resolution = congressResolution(c, congresses[i]!);
    documentRefs.push({ start: c.start - before[0].length, referenceEnd: c.end, end: c.end, named: true, type: 'Nghị quyết', id: resolution.id });
    return [resolution];
  });
  const documents = mentions.documents.flatMap((d) => {
    const full = fullFormOf(d, mentions.documents);
    const resolved = documentNode(full ?? d, articleProvince);
    documentRefs.push({ start: d.start, referenceEnd: d.referenceEnd, end: d.end, named: d.number === null, type: d.type, id: resolved.id });
    return full ? [] : [resolved];
  });
  const nodes = [...personNodes(mentions.persons, mentions.biographies), ...provinceNodes(mentions.provinces), ...congresses, ...congressDocs, ...documents];
  return { nodes, documentRefs: documentRefs.sort((a, b) => a.start - b.start), congressIds: rankCongresses(mentions.congresses, congresses, text, titleEnd),
    titleCongressId: titleCongress(mentions.congresses, congresses, text, titleEnd),
  };
}
