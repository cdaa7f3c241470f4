/**
 * Offices: title items
 * ====================
 * A run of titles ("Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương")
 * split into one item per office, each cut where the rest of the clause starts.
 */
import { escapeRegExp } from '../../../text/regex.js';
import { OFFICES, ROLE_ALTERNATION, ROLE_AT_START, canonicalRole, expandMemberTitle } from './lexicon.js';

// "và" separates two offices only when an office follows ("Ban Tuyên giáo và Dân vận" is one body).
// "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ" is one title (a minister heading an office): that comma joins.
// "phòng, chống tham nhũng" (prevent and combat) is one phrase inside a body's name.
export const COMMA = String.raw`,(?!(?<=Bộ trưởng,)\s*Chủ nhiệm)(?!(?<=phòng,)\s*chống)`;
// A dash too parts two offices only before a role, in any case ("… - Phó bí thư Tỉnh ủy"): "Bộ Lao
// động - Thương binh và Xã hội" is one body.
const NEXT_ROLE = String.raw`(?=(?:nguyên\s+|cựu\s+)?(?:${ROLE_ALTERNATION}|${Object.keys(OFFICES.memberTitles).map(escapeRegExp).join('|')})(?![\p{L}\p{M}]))`;
// "Phó Vụ trưởng, Quyền Vụ trưởng rồi Vụ trưởng Vụ …": "rồi" (then) parts the steps of a career.
const ITEM_SEPARATOR = new RegExp(String.raw`\s*(?:${COMMA}|\skiêm\s|,?\sđồng thời(?: là)?\s|(?:\s[-–—]\s|\svà\s|\srồi\s|\s*\/\s*)${NEXT_ROLE})\s*`, 'iu');
export const startsWithRole = (item: string): boolean => ROLE_AT_START.test(item.trim());

const UNIT_ROLES = new Set(OFFICES.unitRoles);
const PARENT_BODIES = OFFICES.parentBodies.map(escapeRegExp).join('|');
const PARENT_BODY = new RegExp(`^(?:${PARENT_BODIES})\\s\\p{Lu}`, 'u');
const NAMES_PARENT = new RegExp(`\\s(?:${PARENT_BODIES})\\s\\p{Lu}`, 'u');

/** "Trưởng phòng Dân tộc và Tôn giáo" names a unit whose body may follow after a comma. */
function awaitsParent(item: string): boolean {
  const role = ROLE_AT_START.exec(item);
  return Boolean(role && UNIT_ROLES.has(canonicalRole(role[2]!)) && !NAMES_PARENT.test(item));
}

const AGE_ITEM = /^(?:\d{2}\s+tuổi|sinh năm\s+\d{4}|SN\s+\d{4})$/u;

/** Leading items that are titles; stops at the first that is not (a verb, a place, another clause). */
export function titleItems(segment: string): string[] {
  const items: string[] = [];
  for (const raw of segment.split(ITEM_SEPARATOR)) {
    // An age or a birth year among the titles ("ông A, 60 tuổi, nguyên Phó Bí thư …") is passed over.
    if (items.length === 0 && AGE_ITEM.test(raw.trim())) continue;
    // "tân Bí thư" (the new secretary), "tái đắc cử chức danh Bí thư": the office is what follows.
    const item = expandMemberTitle(raw.trim().replace(/^(?:là|giữ chức(?: vụ)?|hiện là|(?:vào\s+)?chức danh|(?:vào\s+)?chức vụ|tân)\s+/u, ''));
    const last = items.length - 1;
    // "Trưởng phòng Dân tộc và Tôn giáo, Ban Tuyên giáo và Dân vận Thành ủy": the unit's body.
    if (last >= 0 && awaitsParent(items[last]!) && PARENT_BODY.test(item)) {
      items[last] = `${items[last]} ${cutAtClause(item)}`;
      continue;
    }
    if (!startsWithRole(item)) break;
    items.push(cutAtClause(item));
  }
  return shareScope(shareBody(items));
}

const BODY_SHARING_ROLE = new RegExp(`^(?:(?:nguyên|quyền)\\s+)?(?:${OFFICES.bodySharingRoles.map(escapeRegExp).join('|')})$`, 'iu');
// Party organs: a state or mass-organisation role does not share their name.
const PARTY_ORGAN_BODY = /^(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Ban Chấp hành|Ban Thường vụ|Bộ Chính trị|Ban Bí thư|Ban cán sự|Đảng đoàn|Trung ương Đảng)/iu;

/** "Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam": a bare role takes the body of the office after it. */
function shareBody(items: string[]): string[] {
  const shared = [...items];
  // From the end, so a run of bare roles takes the body of the office that ends it.
  for (let i = shared.length - 2; i >= 0; i--) {
    const next = shared[i + 1]!;
    const role = ROLE_AT_START.exec(next);
    if (!BODY_SHARING_ROLE.test(shared[i]!) || !role) continue;
    const body = next.slice(role[0].length).trim();
    if (body && !PARTY_ORGAN_BODY.test(body)) shared[i] = `${shared[i]} ${body}`;
  }
  return shared;
}

// A people's committee or council named without its place, and the place at the end of an office.
const UNPLACED_STATE_BODY = /(?:Ủy ban nhân dân|Hội đồng nhân dân|UBND|HĐND)$/iu;
const PLACE_AT_END = /\s((?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s(?:\p{Lu}[\p{Ll}\p{M}]*|\d{1,3})(?:\s(?:\p{Lu}[\p{Ll}\p{M}]*|\d{1,3})){0,3})$/u;

// A party committee named without its place, and the place a later office of the chain names.
const UNPLACED_COMMITTEE = /(?:^|\s)(Tỉnh ủy|Thành ủy)$/u;
const COMMITTEE_PLACE = /(?:^|\s)(?:(Tỉnh ủy|Thành ủy)|(tỉnh|thành phố))\s((?:\p{Lu}[\p{Ll}\p{M}]*)(?:\s\p{Lu}[\p{Ll}\p{M}]*){0,3})$/u;
const COMMITTEE_OF_UNIT: Record<string, string> = { tỉnh: 'Tỉnh ủy', 'thành phố': 'Thành ủy' };

/**
 * "Chủ tịch UBND và đại biểu HĐND tỉnh Đắk Nông", "Phó Bí thư Tỉnh ủy, Bí thư Tỉnh ủy Sơn La", "Phó Bí
 * thư Tỉnh ủy, Chủ tịch UBND tỉnh Lạng Sơn": offices of one place in a chain, the place named once at the end.
 */
function shareScope(items: string[]): string[] {
  for (let i = items.length - 2; i >= 0; i--) {
    const place = PLACE_AT_END.exec(items[i + 1]!)?.[1];
    if (place && UNPLACED_STATE_BODY.test(items[i]!)) items[i] = `${items[i]} ${place}`;
    const committee = UNPLACED_COMMITTEE.exec(items[i]!)?.[1];
    const later = COMMITTEE_PLACE.exec(items[i + 1]!);
    if (committee && later && (later[1] ?? COMMITTEE_OF_UNIT[later[2]!]) === committee) items[i] = `${items[i]} ${later[3]}`;
  }
  return items;
}

// Lower-case words that end a title and start the rest of the clause ("… Tỉnh ủy chủ trì hội nghị");
// "dự" (attend) but not "dự khuyết" (alternate member); "bầu" (elect) but not "bầu cử" (election);
// "và ông …" goes on to the next person; a dash before a lower-case word closes an aside ("X – Chủ
// tịch UBND tỉnh – phát biểu").
export const CLAUSE_START =
  /\s(?:[-–—](?=\s+\p{Ll})|và\s(?:lãnh đạo|các|đại diện|Quyết định|Nghị quyết|ông|bà|đồng chí)|(?:và\s)?(?:bầu(?!\scử)|giữ chức|thôi|đón|hiệp thương|thông báo|để|nghe|truyền đạt|chủ trì|phát biểu|dự(?!\skhuyết)|tham dự|cho biết|nhấn mạnh|khẳng định|trao|công bố|đã|được|bị|tiếp tục|làm|(?<![Tt]hư\s)ký|chỉ đạo|đề nghị|yêu cầu|có|nhiệm kỳ|[Kk]hóa|[Kk]hoá|tái đắc cử|thay|với|chia sẻ|đánh giá|trả lời|nói|thông tin|báo cáo|trình bày|phát động|khai mạc|bế mạc|tặng|đọc|kết luận|giới thiệu|quán triệt|lưu ý|cùng|tại|trong|(?<!(?:Chỉ đạo|Chỉ đạo Trung ương)\s)về|khi|nêu|gợi mở|đến|là|vào|kể từ|tham gia|cũng|nhận|ghi nhận|biểu dương|mong muốn|cảm ơn|chúc mừng|động viên|đề xuất|nghỉ hưu|đối với|đắc cử|trúng cử|\d+\stuổi|sinh năm|\(?SN))(?![\p{L}\p{M}]).*$/u;
// "Chủ tịch UBND tỉnh An Giang mới": "mới" (new) at the end qualifies the holder, not the office.
export const cutAtClause = (item: string): string => item.replace(CLAUSE_START, '').replace(/\smới$/u, '').replace(/[\s,:;–—-]+$/u, '');
