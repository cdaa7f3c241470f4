/**
 * Offices: parse
 * ==============
 * One title item ("Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh Lạng Sơn", "nguyên Bí thư
 * Tỉnh ủy Bắc Ninh") → a self-contained office: title, body (org), province, status. A body left
 * unnamed ("Tỉnh ủy", "HĐND tỉnh") takes the province of the sentence or article.
 */
import { provinceByName, provinceNamedBy } from '../../../lexicon/provinces.js';
import { BoundedMemo } from '../../../memo.js';
import { normalizeTones } from '../../../text/normalize.js';
import { escapeRegExp, longestFirst } from '../../../text/regex.js';
import { OFFICES, ROLE_AT_START, canonicalRole, expandAbbreviations } from './lexicon.js';

export interface Office {
  title: string;
  /** The role as the lexicon writes it ("Phó Bí thư Thường trực"). */
  role: string;
  org: string | null;
  province: string | null;
  status: 'current' | 'former' | 'alternate';
  rule: string;
}

const LOCAL_END = new RegExp(`(?:^|\\s)(${OFFICES.localBodyEnds.map((e) => e.replace(/\s/g, '\\s')).join('|')})$`, 'u');
const LOWER_CASE_COMMITTEE = /(?<![\p{L}\p{M}])(?:tỉnh|thành|huyện|quận|thị) ủy(?! viên)(?![\p{L}\p{M}])/gu;
const SUBPROVINCIAL_UNIT_END = /(?:^|\s)(?:huyện|quận|thị xã|xã|phường|thị trấn|Huyện ủy|Quận ủy|Thị ủy)$/u;
const PROVINCE_PREFIX = /^(?:tỉnh|thành phố)\s+/iu;
const DISTRICT_END = /(?:^|\s)(?:Huyện ủy|Quận ủy|Thị ủy|huyện|quận|thị xã)$/u;

// A department ("Sở Tài chính") exists only inside a province.
const PROVINCIAL_BODY = new RegExp(`(?:^|\\s)(?:${OFFICES.provincialBodies.map(escapeRegExp).join('|')})\\s\\p{Lu}`, 'u');

const HOSTED = new Set([...OFFICES.partyCommittees, ...OFFICES.hostedBoards].map((c) => c.toLowerCase()));

/** A body that names only a committee or board inside some host: "Ban Thường vụ", "Đảng ủy", "Hội đồng thành viên". */
export function needsHost(body: string): boolean {
  return HOSTED.has(body.toLowerCase()) || /^Ban Thường vụ$/u.test(body);
}

/** The province named at the end of a body ("Tỉnh ủy Lai Châu", "Công an tỉnh Bến Tre"), if any. */
function provinceAtEnd(body: string): { province: string; at: number } | null {
  const words = body.split(' ');
  for (let n = Math.min(5, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    // "huyện Điện Biên", "thị xã Quảng Trị": a district or town named like its province is no province.
    if (SUBPROVINCIAL_UNIT_END.test(words.slice(0, -n).join(' '))) continue;
    // "Học viện Chính trị quốc gia Hồ Chí Minh" is not the city: a bare "Hồ Chí Minh" needs its prefix.
    const entry = provinceNamedBy(tail.replace(PROVINCE_PREFIX, '')) ?? (PROVINCE_PREFIX.test(tail) ? provinceByName(tail) : undefined);
    if (entry && !/^(?:Ủy|Ban|Đảng)/u.test(tail)) {
      const prefix = PROVINCE_PREFIX.exec(tail)?.[0].length ?? 0;
      return { province: entry.name, at: body.length - tail.length + prefix };
    }
  }
  return null;
}

const { bodiesStarting, except } = OFFICES.partyWordDroppedAfter;

const qualifierEnd = (words: string[]): RegExp => new RegExp(`\\s+(?:${longestFirst(words)})$`, 'u');
const BEFORE_MERGER = qualifierEnd(OFFICES.mergerQualifiers.former);
const AFTER_MERGER = qualifierEnd(OFFICES.mergerQualifiers.current);

// The words right before a province that make it the unit ("tỉnh Hà Giang", "Tỉnh ủy Hà Giang").
const UNIT_BEFORE = /(?:tỉnh|thành phố|ủy)\s*$/iu;

/**
 * The body without a merger qualifier after its province as a unit ("tỉnh Hà Giang cũ", "Tỉnh ủy
 * Kon Tum trước sáp nhập", "… (mới)"), and whether it names the pre-merger province; the body as
 * written otherwise ("nông thôn mới", the newspaper "Báo Hà Nội mới").
 */
function withoutMergerQualifier(body: string): { body: string; beforeMerger: boolean } {
  for (const [pattern, beforeMerger] of [[BEFORE_MERGER, true], [AFTER_MERGER, false]] as const) {
    const found = pattern.exec(body);
    if (!found) continue;
    const named = provinceAtEnd(body.slice(0, found.index));
    if (named && UNIT_BEFORE.test(body.slice(0, named.at))) return { body: body.slice(0, found.index), beforeMerger };
  }
  return { body, beforeMerger: false };
}

/**
 * "Ban Đối ngoại Trung ương Đảng" → "Ban Đối ngoại Trung ương", the canonical name of a central
 * commission; the role may hold the "Ban" ("Trưởng Ban" + "Đối ngoại Trung ương Đảng").
 */
function withoutPartyWord(roleText: string, body: string): string {
  if (!body.endsWith(' Trung ương Đảng')) return body;
  const named = / Ban$/u.test(roleText) ? `Ban ${body}` : body;
  if (!bodiesStarting.some((start) => named.startsWith(start))) return body;
  if (except.some((kept) => named.toLowerCase().startsWith(kept.toLowerCase()))) return body;
  return body.slice(0, -' Đảng'.length);
}

/**
 * Parse one title item. `contextProvince` resolves "Tỉnh ủy"/"tỉnh" left unnamed; `completion` is a body
 * ending borrowed from the next item for an elliptical one ("Ủy viên Ban Thường vụ, Trưởng Ban Tổ
 * chức Tỉnh ủy" → "Ủy viên Ban Thường vụ Tỉnh ủy").
 */
export function parseOffice(item: string, contextProvince: string | null, completion: string | null = null, contextDistrict: string | null = null): Office | null {
  // The same items come back in every article of a province: each is parsed once (a copy is given out).
  const key = `${item}\u0000${contextProvince ?? ''}\u0000${completion ?? ''}\u0000${contextDistrict ?? ''}`;
  const office = parsedOffices.get(key, () => readOffice(item, contextProvince, completion, contextDistrict));
  return office && { ...office };
}

const parsedOffices = new BoundedMemo<Office | null>(20_000);

function readOffice(item: string, contextProvince: string | null, completion: string | null, contextDistrict: string | null): Office | null {
  // Pages write the committees in lower case too ("Bí thư thành ủy thành phố Cần Thơ").
  const text = expandAbbreviations(normalizeTones(item.trim().replace(/\s+/g, ' ')))
    .replace(LOWER_CASE_COMMITTEE, (committee) => committee[0]!.toUpperCase() + committee.slice(1))
    .replace(/(Ủy ban|Hội đồng) Nhân dân/gu, '$1 nhân dân');
  const role = ROLE_AT_START.exec(text);
  if (!role) return null;
  const former = Boolean(role[1]);
  const roleText = canonicalRole(role[2]!);
  const qualified = withoutMergerQualifier(text.slice(role[0].length).trim().replace(/^(?:của|tại)\s+/u, ''));
  // "Phó trưởng ban Ban Tổ chức …": the role already says "Ban".
  let body = / Ban$/u.test(roleText) ? qualified.body.replace(/^Ban\s+/u, '') : qualified.body;
  // The party affairs committee is written "Ban cán sự", "… Đảng", "… đảng": one name, before its host too.
  body = body.replace(/^Ban cán sự(?: [Đđ]ảng)?(?![\p{L}\p{M}])/u, 'Ban cán sự đảng');
  // An office of a province before the 2025 merger ended with it.
  const status = former || qualified.beforeMerger ? 'former' : /dự khuyết/u.test(roleText) ? 'alternate' : 'current';
  const special = OFFICES.roleBodyTitles[`${roleText}${body ? ` ${body}` : ''}`];
  if (special) return { title: special.title, role: roleText, org: special.org, province: null, status, rule: 'role+body:known' };
  if (roleText.startsWith('Ủy viên')) body = OFFICES.bodyAliases[body] ?? body;
  body = OFFICES.bodyNames[body] ?? body;
  body = withoutPartyWord(roleText, body);
  // "Bộ trưởng Công an" is the minister of the Bộ Công an.
  if (/^(?:Quyền )?(?:Bộ trưởng|Thứ trưởng)$/u.test(roleText) && body && !/^Bộ\s/u.test(body)) body = `Bộ ${body}`;
  if (!body) {
    const only = OFFICES.roleOnly[roleText];
    return only ? { title: only.title, role: roleText, org: only.org, province: null, status, rule: 'role-only' } : null;
  }
  // A delegate is an office only of the bodies that have seats (Quốc hội, HĐND), not of a meeting.
  const seatBodies = OFFICES.roleBodies[roleText];
  if (seatBodies && !seatBodies.some((b) => body.toLowerCase().startsWith(b.toLowerCase()))) return null;
  if (completion && needsHost(body)) body = `${body} ${completion}`;
  // "Huyện ủy", "HĐND huyện" left unnamed take the district the sentence or article names.
  if (contextDistrict && DISTRICT_END.test(body)) body = `${body} ${contextDistrict}`;
  // "Thành ủy thành phố Cần Thơ" is the city's own committee, "Thành ủy Cần Thơ": the committee says the
  // unit already (a city inside a province, "Thành ủy thành phố Điện Biên Phủ", is no province: kept).
  const unitTwice = /^(Thành ủy|Tỉnh ủy) (?:thành phố|tỉnh) (.+)$/u.exec(body);
  if (unitTwice && provinceByName(unitTwice[2]!)) body = `${unitTwice[1]} ${unitTwice[2]}`;
  const named = provinceAtEnd(body);
  let province = named?.province ?? null;
  // "Sở Tài chính Gia Lai" is "Sở Tài chính tỉnh Gia Lai": a province named bare gets its kind.
  if (named && !/(?:tỉnh|Tỉnh|thành phố|Thành phố|ủy|Đảng bộ)\s*$/u.test(body.slice(0, named.at))) {
    const kind = provinceByName(named.province)?.kind ?? 'tỉnh';
    body = `${body.slice(0, named.at)}${kind} ${body.slice(named.at)}`;
  }
  if (!named && contextProvince && PROVINCIAL_BODY.test(body)) {
    const entry = provinceByName(contextProvince);
    // "Sở Nội vụ tỉnh": the unit word once.
    body = `${body.replace(/\s(?:tỉnh|thành phố)$/u, '')} ${entry?.titleName ?? `${entry?.kind ?? 'tỉnh'} ${contextProvince}`}`;
    province = contextProvince;
  }
  if (!named && !province && LOCAL_END.test(body)) {
    // "Thành ủy TP" is the city's committee.
    body = body.replace(/^(Tỉnh ủy|Thành ủy) (?:tỉnh|thành phố)$/iu, '$1');
    const entry = contextProvince ? provinceByName(contextProvince) : undefined;
    // A body ending in a unit word ("UBND thành phố", "HĐND tỉnh") is the article's province only when
    // the word is its kind: "UBND thành phố" in a province's article is one of its cities, unnamed.
    const unit = / (tỉnh|thành phố)$/iu.exec(body);
    const fits = !unit || !entry || unit[1]!.toLowerCase() === entry.kind;
    if (!contextProvince || !fits) return { title: `${roleText} ${body}`, role: roleText, org: body, province: null, status, rule: 'role+local-body:unresolved' };
    const name = entry?.titleName ?? contextProvince;
    // The unit word once, in lower case unless the name carries it ("Thành phố Hồ Chí Minh").
    if (unit) body = `${body.slice(0, unit.index)}${name.toLowerCase().startsWith(unit[1]!.toLowerCase()) ? '' : ` ${unit[1]!.toLowerCase()}`}`;
    body = `${body} ${name}`;
    province = contextProvince;
  }
  const local = province !== null || /(?:Tỉnh ủy|Thành ủy|tỉnh|huyện|xã|phường)(?:\s|$)/u.test(body);
  return { title: `${roleText} ${body}`, role: roleText, org: body, province: local ? province : null, status, rule: named ? 'role+body+province' : 'role+body' };
}
