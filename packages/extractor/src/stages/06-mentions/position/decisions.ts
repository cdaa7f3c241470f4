/**
 * Offices: personnel decisions
 * ============================
 * What a decision does to the person it names, clause by clause: "đồng chí A thôi tham gia Ban Chấp
 * hành, Ban Thường vụ và thôi giữ chức Bí thư Tỉnh ủy Bắc Ninh"; "ông B tham gia Ban Chấp hành Đảng
 * bộ, Ban Thường vụ Đảng ủy, giữ chức Phó Bí thư Thường trực Đảng ủy xã Phước Hải". Joining a committee
 * ("tham gia Ban Chấp hành …") is being its member ("Ủy viên Ban Chấp hành …"); "thôi" (leaves) makes
 * the office a former one. A committee named without its unit takes the unit the clause names.
 * A decision handed to someone names its offices before them: "trao Quyết định … chỉ định giữ chức Bí
 * thư Ban cán sự đảng Bộ Y tế và … giao Quyền Bộ trưởng Bộ Y tế đối với đồng chí Đào Hồng Lan".
 */
import { escapeRegExp } from '../../../text/regex.js';
import type { Span } from '../../../types.js';
import { CLAUSE_START, cutAtClause, startsWithRole, titleItems } from './items.js';
import { OFFICES } from './lexicon.js';

// A verb of a decision, with "thôi" when the person leaves.
const DECISION_VERB = /(?<![\p{L}\p{M}])(thôi\s+)?(tham gia|giữ chức(?: vụ)?|nhận chức(?: vụ)?)\s+/gu;
// Pages write committees in any case ("Ban chấp hành"): matched so, written as the lexicon does.
const COMMITTEE = new RegExp(`^(?:${OFFICES.memberBodies.map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}])`, 'iu');
const CANONICAL_COMMITTEE = new Map(OFFICES.memberBodies.map((body) => [body.toLowerCase(), body]));
const canonicalCommittee = (body: string): string => {
  const found = COMMITTEE.exec(body)![0];
  return `${CANONICAL_COMMITTEE.get(found.toLowerCase()) ?? found}${body.slice(found.length)}`;
};

// "xã Phước Hải", "Tỉnh ủy Bắc Ninh": the unit a committee belongs to, and its kind.
const COMMITTEE_OF_KIND = OFFICES.unitCommittees;
const KIND_OF_COMMITTEE = Object.fromEntries(Object.entries(COMMITTEE_OF_KIND).map(([kind, committee]) => [committee, kind]));
const UNIT_WORDS = ['xã', 'phường', 'thị trấn', 'thị xã', ...Object.keys(COMMITTEE_OF_KIND), ...Object.values(COMMITTEE_OF_KIND)];
const UNIT = new RegExp(String.raw`(?<![\p{L}\p{M}])(${UNIT_WORDS.map(escapeRegExp).join('|')})\s+(\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*){0,3})`, 'u');

interface Unit {
  kind: string;
  name: string;
}

function unitIn(text: string): Unit | null {
  const found = UNIT.exec(text);
  return found ? { kind: KIND_OF_COMMITTEE[found[1]!] ?? found[1]!, name: found[2]! } : null;
}

/** "Ban Thường vụ" + xã Phước Hải → "Ban Thường vụ Đảng ủy xã Phước Hải"; a committee naming its unit stays. */
function completeCommittee(body: string, unit: Unit | null): string | null {
  if (unitIn(body) || !/^(?:Ban Chấp hành(?: Đảng bộ)?|Ban Thường vụ(?: Đảng ủy)?)$/u.test(body)) return body;
  if (!unit) return null;
  if (body.startsWith('Ban Chấp hành')) return `Ban Chấp hành Đảng bộ ${unit.kind} ${unit.name}`;
  const committee = COMMITTEE_OF_KIND[unit.kind];
  return `Ban Thường vụ ${committee ? `${committee} ${unit.name}` : `Đảng ủy ${unit.kind} ${unit.name}`}`;
}

/** "Ban Chấp hành, Ban Thường vụ và": the committees joined, in order, up to the first other word. */
function committees(segment: string): string[] {
  const bodies: string[] = [];
  for (const part of segment.split(/\s*,\s*|\s+và\s+/u)) {
    const body = cutAtClause(part.trim());
    if (!COMMITTEE.test(body)) break;
    bodies.push(canonicalCommittee(body));
  }
  return bodies;
}

// Auxiliaries right before the verb: "được chỉ định tham gia"; a passive with its agent: "được Bộ Chính
// trị cho thôi giữ chức", "được Ban Bí thư chỉ định".
const AUXILIARIES = /(?:\sđược\s+\p{Lu}[\p{L}\p{M} ]{0,40}?(?=\s(?:cho|đồng ý|chỉ định|phân công|điều động)(?:\s|$))|\s(?:đã|được|sẽ|chỉ định|phân công|điều động|cho|đồng ý))+\s*$/u;

/** The offices the decision clauses after `person` give or take away, as title items. */
export function decisionTitles(text: string, person: Span, next: Span | undefined): string[] {
  const limit = Math.min(next?.start ?? text.length, person.end + 400);
  const rest = text.slice(person.end, limit);
  const sentenceEnd = rest.search(/[.\n]/u);
  const clause = sentenceEnd >= 0 ? rest.slice(0, sentenceEnd) : rest;
  const verbs = [...clause.matchAll(DECISION_VERB)];
  if (!verbs.length || !leadsIn(clause.slice(0, verbs[0]!.index))) return [];
  const segments = verbs.map((verb, i) => ({
    leaves: Boolean(verb[1]),
    joins: verb[2] === 'tham gia',
    // A segment ends at a semicolon and before the next verb's auxiliaries ("…; chỉ định tham gia").
    text: clause
      .slice(verb.index + verb[0].length, verbs[i + 1]?.index ?? clause.length)
      .split(';')[0]!
      .replace(AUXILIARIES, '')
      .replace(/[\s,;]*(?:và)?[\s,;]*$/u, ''),
  }));
  const items: string[] = [];
  segments.forEach((segment, i) => {
    const mark = segment.leaves ? 'nguyên ' : '';
    if (!segment.joins) {
      items.push(...titleItems(segment.text).map((item) => `${mark}${item}`));
      return;
    }
    // The unit: named in this segment, else in the next ones ("…, giữ chức Phó Bí thư Đảng ủy xã X").
    const unit = [segment, ...segments.slice(i + 1)].map((s) => unitIn(s.text)).find(Boolean) ?? null;
    for (const body of committees(segment.text)) {
      const complete = completeCommittee(body, unit);
      if (complete) items.push(`${mark}Ủy viên ${complete}`);
    }
  });
  return items;
}

/** Only the person's own titles (and auxiliaries) may stand between the name and the decision verb. */
function leadsIn(between: string): boolean {
  const titles = between.replace(AUXILIARIES, '').replace(/^\s*[,–-]?\s*/u, '').replace(/[\s,]*$/u, '');
  return titles === '' || (startsWithRole(titles) && !CLAUSE_START.test(` ${titles}`));
}

// "… đối với đồng chí", "… cho ông": the person a decision is handed to comes right after.
// ("thay cho ông A" names the one replaced, not the one appointed.)
const HANDED_TO = /(?<!thay|thay thế)\s(?:đối với|cho|của):?\s+(?:các\s+)?(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)\s*$/u;
// Verbs of a decision about someone named after it: appointing, electing, or (group 1) removing from office.
const HANDING_VERB = /(?<![\p{L}\p{M}])(?:(miễn nhiệm|bãi nhiệm|cho thôi giữ chức(?: vụ)?|thôi giữ chức(?: vụ)?|cho thôi làm|thôi làm|cách chức(?: vụ)?|xóa tư cách|xoá tư cách)|chỉ định|bổ nhiệm|giao|điều động|bầu bổ sung|bầu|chuẩn y|phê chuẩn(?: kết quả bầu)?)\s+/gu;
// "miễn nhiệm chức vụ Chủ tịch …", "bầu bổ sung chức danh …": the word for "office" before the title.
const OFFICE_WORD = /^(?:các\s+)?(?:chức vụ|chức danh)\s+/u;

/**
 * The offices a decision handed to `person` gives or takes away, named between `from` and the name:
 * "miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông A" (former), "bầu bổ sung chức danh … đối với bà B".
 */
export function handedTitles(text: string, person: Span, from: number): string[] {
  const before = text.slice(from, person.start);
  const handed = HANDED_TO.exec(before);
  if (!handed) return [];
  const sentenceStart = Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1;
  const clause = before.slice(sentenceStart, handed.index);
  // "… chức vụ Chủ tịch UBND tỉnh của ông A": "của" names the holder only after the word for an office
  // ("theo đề nghị của ông A", "với sự giới thiệu của bà B" name who proposed).
  if (/của:?\s+\S+\s*$/u.test(handed[0]) && !/(?:chức vụ|chức danh)\s/u.test(clause)) return [];
  const verbs = [...clause.matchAll(HANDING_VERB)];
  return verbs.flatMap((verb, i) => {
    const titles = clause.slice(verb.index + verb[0].length, verbs[i + 1]?.index ?? clause.length).replace(OFFICE_WORD, '');
    return titleItems(titles).map((item) => (verb[1] ? `nguyên ${item.replace(/^(?:nguyên|cựu)\s+/u, '')}` : item));
  });
}
