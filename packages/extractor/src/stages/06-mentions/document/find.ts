/**
 * Documents: find and parse
 * =========================
 * Numbered documents ("Kế hoạch số 43-KH/TU, ngày 18/1/2022 của Ban Thường vụ Tỉnh ủy", "Chỉ thị 05",
 * "05/2022/NQ-HĐND") and named ones without a number ("Nghị quyết Trung ương 4 khóa XII", "Điều lệ
 * Đảng", "Quyết định của Bộ Chính trị về …"). Each mention carries what its context states: type,
 * date, issuer, term (khóa) and subject.
 */
import { intToRoman, normalizeTones } from '../../../text/normalize.js';
import { isoDate } from '../../04-metadata/dates.js';
import { ISSUER_ALTERNATION, TYPE_ALTERNATION, hasSharedIssuerCode, issuerOf, scopeFromNumber, typeFromNumber } from './lexicon.js';

export interface DocumentMention {
  start: number;
  end: number;
  surface: string;
  rule: string;
  type: string | null;
  number: string | null;
  /** For unnumbered documents: the identifying name ("Nghị quyết Trung ương 4 khóa XII"). */
  name: string | null;
  date: string | null;
  issuer: string | null;
  /**
   * "central", "local" (the article's province), "shared" (a code central and provincial bodies both use,
   * nothing near it saying which), or null when nothing says.
   */
  scopeHint: 'central' | 'local' | 'shared' | null;
  /** Where the reference (number, date, issuer, khóa) ends and its subject ("về …") begins. */
  referenceEnd: number;
  /** A province named with the issuer ("Ban Thường vụ Tỉnh ủy Yên Bái"), unresolved text. */
  issuerPlace: string | null;
  term: string | null;
  subject: string | null;
}

// "18-NQ/TW", "05/2022/NQ-HĐND", "31/NQ-CP", "568-QĐNS/TW", "142/2024/QH15".
// Some pages space the dash: "100 - KL/TW"; the number is stored without the spaces.
// "Trung ương" as the issuer is also written "T.Ư" or "TƯ" ("18-NQ/T.Ư"): read whole, kept as written
// (resolve/index.ts gives all three one identity).
const CODED_NUMBER = String.raw`\d{1,5}(?:/\d{4})?(?:\s?-\s?|/)[\p{Lu}Đ][\p{L}]*(?:[-/](?:T\.Ư|[\p{Lu}Đ][\p{L}\d]*))*`;
const canonicalNumber = (number: string): string => number.replace(/\s/g, '');
// Around a number with a shared code, the body that issued it: "Đảng ủy Khối các cơ quan tỉnh" or "… Trung ương".
const KHOI_CENTRAL = /Khối(?:\s+[\p{L}\p{M}]+){0,6}?\s+(?:Trung ương|TW|T\.Ư)(?![\p{L}\p{M}])/u;
const KHOI_LOCAL = /Khối(?:\s+[\p{L}\p{M}]+){0,6}?\s+(?:tỉnh|thành phố)(?![\p{L}\p{M}])/u;

/** The scope a shared issuer code takes from the body named near it; null when none is. */
function sharedCodeScope(text: string, start: number, end: number): 'central' | 'local' | null {
  const from = Math.max(0, start - 150);
  const around = text.slice(from, Math.min(text.length, end + 150));
  // The body named nearest the number decides.
  const distance = (m: RegExpExecArray | null): number => (m ? Math.abs(from + m.index - start) : Infinity);
  const [central, local] = [distance(KHOI_CENTRAL.exec(around)), distance(KHOI_LOCAL.exec(around))];
  if (central === Infinity && local === Infinity) return null;
  return central <= local ? 'central' : 'local';
}
// "Chỉ thị 05", "Nghị định 178": up to three digits, so years ("Cương lĩnh 2011") are not numbers.
// "Báo cáo 10 năm …" is a count, not a number.
const BARE_NUMBER = String.raw`\d{1,3}(?![\d/\p{L}.,]?\d|[/\p{L}-]|\s+(?:năm|tháng|ngày|người|điểm|nội dung|%))`;
const TYPE = `(${TYPE_ALTERNATION})`;
const ROMAN = String.raw`[IVXLC]+(?![\p{L}\d])`;

const NUMBERED = new RegExp(String.raw`(?:${TYPE}\s+(?:số\s*)?)?(${CODED_NUMBER})`, 'gu');
const TYPED_BARE = new RegExp(String.raw`${TYPE}\s+(?:số\s*)?(${BARE_NUMBER})`, 'gu');
// "Trung ương" is also written T.Ư, TƯ or TW.
const CENTRAL = String.raw`(?:Trung ương|T\.Ư|TƯ|TW)`;
const PLENUM = new RegExp(
  String.raw`[Nn]ghị quyết(?: [Hh]ội nghị)? ${CENTRAL} (?:số )?(\d{1,2})\s*,?\s*\(?\s*khóa\s+(${ROMAN})(?:\s*(?:,|và)\s*(?:khóa\s+)?(${ROMAN}))?\)?`,
  'gu',
);
const PLENUM_LONG = new RegExp(String.raw`[Nn]ghị quyết [Hh]ội nghị lần thứ (\d{1,2}) Ban Chấp hành ${CENTRAL}(?: Đảng)?(?: \(?khóa (${ROMAN})\)?)?`, 'gu');
const ROMAN_RESOLUTION = new RegExp(String.raw`Nghị quyết (${ROMAN}) của Đảng bộ (tỉnh|thành phố)`, 'gu');
const CHARTER = /Điều lệ Đảng|Cương lĩnh(?: chính trị)?(?: xây dựng đất nước[^,.;(]{0,80}?)?(?: năm)? (\d{4})/gu;
// The type may be lower-case here: "công bố quyết định của Bộ Chính trị về việc …" names one decision.
// The name runs to the end of the clause (never past the line); a date or an apposition after a comma or dash is not part of it.
// A decision's clauses may go on past a semicolon ("… thôi tham gia …; thôi giữ chức … và nhận chức vụ …").
const OF_ISSUER = new RegExp(
  String.raw`(${TYPE_ALTERNATION}|${TYPE_ALTERNATION.toLowerCase()}) của (${ISSUER_ALTERNATION})((?: \p{Lu}[\p{Ll}\p{M}]*){0,3}) (về|chỉ định|giao|thực hiện|triển khai|phân công|điều động|bổ nhiệm|chuẩn y|phê chuẩn)(?:(?!, (?:kể từ|từ ngày|ngày)| - )(?:[^.;:()“"\n]|;\s(?=(?:thôi|giữ|nhận|tham gia|chỉ định|phân công)\s))){3,240}`,
  'gu',
);
// "Nghị quyết Hội nghị lần thứ III Ủy ban Trung ương MTTQ Việt Nam": a plenum of another body.
const BODY_PLENUM = /[Nn]ghị quyết [Hh]ội nghị lần thứ (?:[IVXLC]+|\d{1,2}|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?: một| hai| ba| bốn| lăm| năm| sáu| bảy| tám| chín)?) (?!Ban Chấp hành (?:Trung ương|T\.Ư|TƯ|TW))(?:Ban Chấp hành|Ủy ban|Ban Thường vụ|Hội đồng)(?: Trung ương| Mặt trận Tổ quốc| Việt Nam| tỉnh| thành phố| Đảng bộ| [\p{Lu}][\p{L}\p{M}]*)+(?: khóa [IVXLC]+)?/gu;

const DATE_AFTER = /^\s*,?\s*(?:ban hành\s+)?ngày\s+(\d{1,2})\s*(?:\/|-|\s+tháng\s+)(\d{1,2})\s*(?:\/|-|\s+năm\s+)(\d{4})/iu;
const ISSUER_AFTER = new RegExp(String.raw`^\s*,?\s*(?:của\s+)(${ISSUER_ALTERNATION})((?: \p{Lu}[\p{Ll}\p{M}]*){0,3})`, 'u');
const TERM_AFTER = new RegExp(String.raw`^\s*,?\s*\(?\s*khóa\s+(${ROMAN})\s*\)?`, 'u');
// The subject ends at the clause end, or where a second document is coordinated ("… và Chương trình …").
const SUBJECT_AFTER = new RegExp(String.raw`^\s*,?\s*về\s+(?:việc\s+)?["“]?((?:(?!,? và (?:${TYPE_ALTERNATION})\b)[^"”;.(\n]){3,200})`, 'u');

/** What follows a document reference: ", ngày 18/1/2022 của Ban Thường vụ Tỉnh ủy khóa XIII về …". */
function readContext(text: string, from: number): { end: number; referenceEnd: number; date: string | null; issuer: string | null; issuerScope: 'central' | 'local' | null; issuerPlace: string | null; term: string | null; subject: string | null } {
  let rest = text.slice(from, from + 400);
  let consumed = 0;
  const take = (m: RegExpExecArray): void => {
    consumed += m[0].length;
    rest = rest.slice(m[0].length);
  };
  let date: string | null = null;
  let issuer: string | null = null;
  let issuerScope: 'central' | 'local' | null = null;
  let issuerPlace: string | null = null;
  let term: string | null = null;
  let subject: string | null = null;
  let referenceEnd = from;
  for (let step = 0; step < 4; step++) {
    const dateMatch: RegExpExecArray | null = !date ? DATE_AFTER.exec(rest) : null;
    if (dateMatch) {
      date = isoDate(Number(dateMatch[3]), Number(dateMatch[2]), Number(dateMatch[1]));
      take(dateMatch);
      continue;
    }
    const issuerMatch: RegExpExecArray | null = !issuer ? ISSUER_AFTER.exec(rest) : null;
    if (issuerMatch) {
      const found = issuerOf(issuerMatch[1]!);
      issuer = found?.name ?? issuerMatch[1]!;
      issuerScope = found?.scope ?? null;
      issuerPlace = issuerMatch[2]?.trim() || null;
      take(issuerMatch);
      continue;
    }
    const termMatch: RegExpExecArray | null = !term ? TERM_AFTER.exec(rest) : null;
    if (termMatch) {
      term = termMatch[1]!;
      take(termMatch);
      continue;
    }
    break;
  }
  referenceEnd = from + consumed;
  const subjectMatch = SUBJECT_AFTER.exec(rest);
  if (subjectMatch) {
    subject = subjectMatch[1]!.trim();
    consumed += subjectMatch[0].length;
  }
  return { end: from + consumed, referenceEnd, date, issuer, issuerScope, issuerPlace, term, subject };
}

const ISSUED_BY_BEFORE = new RegExp(String.raw`(${ISSUER_ALTERNATION})((?: \p{Lu}[\p{Ll}\p{M}]*){0,3}) (?:đã |vừa |sớm )?ban hành\s+$`, 'u');

/** "Tỉnh ủy Hà Tĩnh đã ban hành Chương trình hành động số 40": the issuer named before the document. */
function issuerBefore(text: string, start: number): RegExpExecArray | null {
  return ISSUED_BY_BEFORE.exec(text.slice(Math.max(0, start - 120), start));
}

function numbered(text: string, m: RegExpMatchArray, number: string, rule: string): DocumentMention {
  const start = m.index!;
  const context = readContext(text, start + m[0].length);
  const before = context.issuer ? null : issuerBefore(text, start);
  if (before) {
    const found = issuerOf(before[1]!);
    context.issuer = found?.name ?? before[1]!;
    context.issuerScope = found?.scope ?? null;
    context.issuerPlace = before[2]?.trim() || null;
  }
  return {
    start,
    end: context.end,
    referenceEnd: context.referenceEnd,
    surface: text.slice(start, context.end),
    rule,
    type: m[1] ?? typeFromNumber(number),
    number,
    name: null,
    date: context.date,
    issuer: context.issuer,
    scopeHint: hasSharedIssuerCode(number) ? (sharedCodeScope(text, start, context.end) ?? 'shared') : (scopeFromNumber(number) ?? context.issuerScope),
    issuerPlace: context.issuerPlace,
    term: context.term,
    subject: context.subject,
  };
}

function named(m: RegExpMatchArray, fields: Partial<DocumentMention> & { name: string; rule: string }): DocumentMention {
  return {
    start: m.index!,
    end: m.index! + m[0].length,
    referenceEnd: m.index! + m[0].length,
    surface: m[0],
    type: null,
    number: null,
    date: null,
    issuer: null,
    scopeHint: 'central',
    issuerPlace: null,
    term: null,
    subject: null,
    ...fields,
  };
}

/** Every document reference in a text. Overlaps are resolved by the caller (numbered ones first). */
export function findDocuments(rawText: string): DocumentMention[] {
  const text = normalizeTones(rawText);
  const mentions: DocumentMention[] = [];
  for (const m of text.matchAll(NUMBERED)) mentions.push(numbered(text, m, canonicalNumber(m[2]!), m[1] ? 'type+number' : 'number'));
  for (const m of text.matchAll(TYPED_BARE)) mentions.push(numbered(text, m, m[2]!, 'type+bare-number'));
  for (const m of text.matchAll(PLENUM)) {
    for (const term of [m[2], m[3]].filter((t): t is string => Boolean(t))) {
      const name = `Nghị quyết Trung ương ${m[1]} khóa ${term}`;
      mentions.push(named(m, { rule: 'plenum', type: 'Nghị quyết', name, term, issuer: 'Ban Chấp hành Trung ương Đảng' }));
    }
  }
  for (const m of text.matchAll(PLENUM_LONG)) {
    mentions.push(named(m, { rule: 'plenum-long', type: 'Nghị quyết', name: m[0], term: m[2] ?? null, issuer: 'Ban Chấp hành Trung ương Đảng' }));
  }
  // A provincial body's plenum is the province's ("Ban Chấp hành Đảng bộ tỉnh khóa XIX").
  for (const m of text.matchAll(BODY_PLENUM)) {
    mentions.push(named(m, { rule: 'body-plenum', type: 'Nghị quyết', name: m[0], scopeHint: /(?:^|\s)(?:tỉnh|thành phố|huyện|Tỉnh ủy|Thành ủy|Huyện ủy)(?:\s|$)/u.test(m[0]) ? 'local' : null }));
  }
  for (const m of text.matchAll(ROMAN_RESOLUTION)) {
    mentions.push(named(m, { rule: 'roman-resolution', type: 'Nghị quyết', name: m[0], term: m[1]!, scopeHint: 'local' }));
  }
  for (const m of text.matchAll(CHARTER)) {
    const name = m[1] ? `Cương lĩnh ${m[1]}` : 'Điều lệ Đảng';
    mentions.push(named(m, { rule: 'charter', type: m[1] ? 'Cương lĩnh' : 'Điều lệ', name }));
  }
  for (const m of text.matchAll(OF_ISSUER)) {
    const issuer = issuerOf(m[2]!);
    // Plural or generic references ("các quyết định của …") are not one document.
    if (/(?:các|những|nhiều|một số)\s+$/iu.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    mentions.push(named(m, {
      rule: 'type+of+issuer',
      type: m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1),
      name: m[0].trim(),
      issuer: issuer?.name ?? m[2]!,
      issuerPlace: m[3]?.trim() || null,
      scopeHint: issuer?.scope ?? null,
    }));
  }
  return dropOverlaps(mentions, text).map((mention) => ({ ...mention, surface: rawText.slice(mention.start, mention.end) }));
}

const CARRIED_OUT_BEFORE = /(?:thực hiện|triển khai|cụ thể hóa|cụ thể hoá|quán triệt)\s+$/iu;

/**
 * Numbered mentions are all kept (one per start). A named mention is dropped when a numbered one starts
 * at the same place, or when it overlaps a named mention found earlier (longer first).
 */
function dropOverlaps(mentions: DocumentMention[], text: string): DocumentMention[] {
  const numberedStarts = new Set(mentions.filter((m) => m.number).map((m) => m.start));
  const kept = mentions.filter((m, i) => m.number && mentions.findIndex((o) => o.number && o.start === m.start) === i);
  // A name inside a numbered document's subject ("31/NQ-CP về Chương trình hành động của Chính phủ …") is that
  // document, unless the subject carries it out ("Kế hoạch số 12-KH/TU về … triển khai thực hiện Nghị quyết Trung ương 8").
  const insideNumbered = (m: DocumentMention): boolean =>
    kept.some((k) => m.start > k.start && m.start < k.end && !CARRIED_OUT_BEFORE.test(text.slice(k.referenceEnd, m.start)));
  const named = mentions.filter((m) => !m.number).sort((a, b) => a.start - b.start || b.end - a.end);
  const keptNamed: DocumentMention[] = [];
  for (const mention of named) {
    if (numberedStarts.has(mention.start) || insideNumbered(mention)) continue;
    // Two documents read from one match ("Trung ương 4 (khóa XI, khóa XII)") share their span: keep both.
    const sameSpan = (k: DocumentMention): boolean => k.start === mention.start && k.end === mention.end;
    const overlaps = keptNamed.some((k) => mention.start < k.end && mention.end > k.start && !sameSpan(k));
    const duplicate = keptNamed.some((k) => k.start === mention.start && k.name === mention.name);
    if (!overlaps && !duplicate) keptNamed.push(mention);
  }
  return [...kept, ...keptNamed].sort((a, b) => a.start - b.start);
}

/** The Central Committee term (khóa) in office on a date, for dating central documents. */
export function centralTermOn(date: string): string | null {
  // Congress dates that opened each term.
  const terms: Array<[string, number]> = [
    ['2026-01-19', 14], ['2021-01-25', 13], ['2016-01-20', 12], ['2011-01-12', 11], ['2006-04-18', 10],
    ['2001-04-19', 9], ['1996-06-28', 8], ['1991-06-24', 7], ['1986-12-15', 6],
  ];
  const found = terms.find(([opened]) => date >= opened);
  return found ? intToRoman(found[1]) : null;
}

