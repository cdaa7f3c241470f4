/**
 * Offices: find
 * =============
 * The office titles the text gives a person: in apposition after the name ("Lê Minh Hưng - Ủy viên
 * Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương"), before it ("Phó Bí thư
 * Thường trực Tỉnh ủy Vũ Mạnh Hà", "Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Lê Đức Thọ"), shared by a
 * list ("Các đồng chí Ủy viên Bộ Chính trị: A, …; B, …"), a title and "gồm" before its holders, a verb
 * of holding ("được bầu giữ chức …"), a personnel decision (decisions.ts) or a career history
 * (career.ts). Splitting and cutting the titles themselves is items.ts.
 */
import type { Span } from '../../../types.js';
import { findBiographyOffices, findCareers } from './career.js';
import { decisionTitles, handedTitles } from './decisions.js';
import { CLAUSE_START, COMMA, cutAtClause, startsWithRole, titleItems } from './items.js';
import { normalizeTones } from '../../../text/normalize.js';
import { ROLE_ALTERNATION, ROLE_AT_START, SUCCESSOR_BEFORE_NAME, canonicalRole } from './lexicon.js';

export interface TitleItems {
  person: Span;
  /** Title items in text order, each one office ("Bí thư Tỉnh ủy"). */
  items: string[];
  rule: string;
  /** When the text dates the holdings itself (English titles); else resolve/tenure.ts reads the sentence. */
  tenure?: { since?: string; until?: string };
}

// "T.Ư" and "TP." hold a dot that is not a sentence end; same-length stand-ins keep offsets. A photo's
// position note after a name ("ông A (trái), Bí thư …") stands between the name and its titles: blanked.
const PHOTO_NOTE = /\s\((?:trái|phải|giữa|bên trái|bên phải|đứng giữa|ngồi giữa|thứ [\p{L}\d]+ từ (?:trái|phải)(?: sang)?|người [\p{L}\s]{1,20})\)(?=[\s,])/giu;
// A birth year in brackets after a name ("ông A (SN 1980), Bí thư …") stands there the same way.
const BIRTH_NOTE = /\s\((?:SN|sinh năm|sinh ngày|sinh)\s[\d/.\s-]{2,12}\)(?=[\s,])/giu;
const maskDots = (text: string): string =>
  text
    .replace(/T\.[Ưư]/g, 'TƯ ')
    .replace(/TP\.(?=\s?\p{Lu})/gu, 'TP ')
    .replace(PHOTO_NOTE, (note) => ' '.repeat(note.length))
    .replace(BIRTH_NOTE, (note) => ' '.repeat(note.length));

/** The office items around each person, by every rule that finds some. `persons` are sorted by start. */
export function findTitles(original: string, persons: Span[]): TitleItems[] {
  const text = maskDots(original);
  const found: TitleItems[] = [];
  persons.forEach((person, i) => {
    const next = persons[i + 1];
    const previousEnd = persons[i - 1]?.end ?? 0;
    const before = text.slice(Math.max(previousEnd, person.start - 200), person.start);
    // A pronoun ("Tháng 1/2018, ông được …") takes offices only from a verb after it: the words before
    // it are another clause ("Ban Bí thư chỉ định ông …"), not its titles.
    const byRule: Array<[string, string[]]> =
      person.rule === 'pronoun'
        ? [
            ['holds-verb', appointedTitle(text, person, persons)],
            ['decision', decisionTitles(text, person, next)],
          ]
        : [
            ['apposition-after', appositionAfter(text, person, next)],
            ['title-before', titleBefore(before)],
            ['list-shared-title', sharedListTitle(text, person)],
            ['title-lists', listedAfterTitle(text, person, persons)],
            ['holds-verb', appointedTitle(text, person, persons)],
            ['decision', decisionTitles(text, person, next)],
            ['decision-handed', handedTitles(text, person, previousEnd)],
          ];
    for (const [rule, items] of byRule) if (items.length) found.push({ person, items, rule });
  });
  for (const career of findCareers(text, persons)) found.push({ ...career, rule: 'career' });
  for (const biography of findBiographyOffices(text, persons)) found.push({ ...biography, rule: 'biography' });
  return found;
}

/**
 * "Lê Minh Hưng - Ủy viên Bộ Chính trị, …", "X, Phó Bí thư Tỉnh ủy, …", "X (Bí thư Huyện ủy)". A title
 * that runs straight into the next name is that name's, written before it ("Tổng Bí thư A, Chủ tịch
 * nước B, Thủ tướng Chính phủ C"): not the first name's.
 */
function appositionAfter(text: string, person: Span, next: Span | undefined): string[] {
  const end = Math.min(next?.start ?? text.length, person.end + 300);
  const after = text.slice(person.end, end);
  // "Ông A tân Bí thư Tỉnh ủy …" (headlines): "tân" (new) opens the apposition without a comma.
  // A caption may give the title with no separator at all ("Đồng chí A Ủy viên Bộ Chính trị"), on the same line.
  const bare = /^ (?=\p{Lu})/u.test(after);
  if (bare && !startsWithRole(after.trim())) return [];
  const apposition = bare ? /^ ([^;.\n()]*)/u.exec(after) : /^\s*(?:[-–—,]|\(|(?=tân\s))\s*([^;.\n()]*)/u.exec(after);
  if (!apposition) return [];
  const items = titleItems(apposition[1]!);
  const runsIntoNext = next !== undefined && end === next.start && apposition[0].length === after.length && /\p{L}\s+$/u.test(after);
  const tail = apposition[1]!.split(/,|\s[-–—]\s/u).pop()!.trim();
  if (runsIntoNext && items.at(-1) === tail && cutAtClause(tail) === tail) items.pop();
  return items;
}

const COUNT_WORDS = String.raw`\d+|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười`;

// "được bầu giữ chức", "tiếp tục giữ chức vụ", "được chỉ định giữ chức", "được bầu làm", "tái đắc cử".
// "ông A làm Chủ tịch UBND tỉnh": a bare "làm" counts only when a title follows (titleItems checks).
// "ông A là Chủ tịch …": "là" only right after the name or its own titles; "A và B nguyên là …": former.
// A title ends at a bracket: "thay ông A (đã được phân công làm Trưởng Ban X) giữ chức …".
const HOLDS = /(?:nguyên là|giữ chức(?: vụ)?|giữ cương vị|đảm nhiệm(?: chức(?: danh| vụ)?)?|được bầu làm|được bổ nhiệm làm|được bổ nhiệm|được phân công làm|nhận chức(?: vụ)?|tái đắc cử|trúng cử|đắc cử|(?<![\p{L}\p{M}])(?:làm|là))\s+([^;.()\n]{3,160})/gu;
// The person hands over or announces the decision: the office it names is someone else's.
const HANDS_OVER = /(?:^|\s)(?:trao|công bố|đọc|thông báo|truyền đạt)(?:\s|$)/u;

// The term a title may end with ("… khóa VIII", "… khóa XII, XIII", "… nhiệm kỳ 2020-2025"): no other clause.
const TERM_TAIL = /\s+(?:khóa|khoá|nhiệm kỳ)\s.*$/iu;

/** Nothing but titles (or nothing) between a name and what follows: "- Ủy viên Trung ương Đảng, Phó Chủ tịch …". */
const onlyOwnTitles = (between: string): boolean =>
  between.trim() === '' ||
  between
    .replace(/^\s*[-–—,]\s*/u, '')
    .split(/\s*(?:,|\s[-–—]\s)\s*/u)
    .every((piece) => {
      const title = piece.trim().replace(TERM_TAIL, '');
      return startsWithRole(title) && cutAtClause(title) === title;
    });

/** Text between two names of one list: separators, "ông"/"bà", and the first name's own titles. */
const listGap = (gap: string): boolean =>
  gap.split(',').every((part) => {
    // "ông", "bà", "anh", "chị", "các ông, bà" before each name, in any case ("gồm: Ông A và bà B").
    const rest = part.trim().replace(/^(?:và\s*)?(?:(?:các\s+)?(?:đồng chí|ông|bà|anh|chị)(?:\s|$))?/iu, '').trim();
    return rest === '' || startsWithRole(rest);
  });

/**
 * "X, Phó Bí thư Tỉnh ủy, được bầu giữ chức Bí thư Tỉnh ủy"; "các đồng chí A, B, C tiếp tục được bầu giữ
 * chức Phó Bí thư Tỉnh ủy": the office a verb of holding gives the person (or the list it ends).
 */
function appointedTitle(text: string, person: Span, persons: Span[]): string[] {
  const rest = text.slice(person.end, person.end + 400);
  const sentenceEnd = rest.search(/[.;\n]/u);
  // A clause longer than the window is cut inside a word: what it holds is not a whole title.
  const clause = sentenceEnd >= 0 ? rest.slice(0, sentenceEnd) : rest.length === 400 ? rest.replace(/[^,]*$/u, '') : rest;
  const ownAside = /^\s*\(/u.test(clause);
  const replaced = SUCCESSOR_BEFORE_NAME.test(text.slice(Math.max(0, person.start - 20), person.start));
  for (const holds of clause.matchAll(HOLDS)) {
    const items = titleItems(holds[1]!);
    // "thôi giữ chức" (leaves the office) is a decision clause: decisions.ts marks it former.
    if (!items.length || /thôi\s+$/u.test(clause.slice(0, holds.index))) continue;
    // Brackets hold an aside about the name right before them: in "A thay ông B (đã được phân công làm
    // …) giữ chức X" the office in the brackets is B's, and the one after them A's, not B's.
    const before = clause.slice(0, holds.index);
    const insideBrackets = (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
    if (insideBrackets ? !ownAside : replaced) continue;
    // "là" right after the name, or after the name's own titles ("cử ông A - Phó Chủ tịch …, là Chủ tịch …").
    if (/^là\s/u.test(holds[0]) && !onlyOwnTitles(clause.slice(0, holds.index))) continue;
    // Between the name and the verb only other names of the same list may stand, not another subject.
    const verbAt = person.end + holds.index;
    // "A, …, thay ông B (…) giữ chức X": the person replaced stands between the subject and the verb.
    const between = persons.filter((p) => p.start > person.end && p.start < verbAt && !SUCCESSOR_BEFORE_NAME.test(text.slice(Math.max(person.end, p.start - 20), p.start)));
    const gaps = [person, ...between].map((p, i, all) => text.slice(p.end, (all[i + 1] ?? { start: verbAt }).start));
    const listOnly = gaps.slice(0, -1).every(listGap);
    if ((between.length && !listOnly) || HANDS_OVER.test(clause.slice(0, holds.index))) return [];
    // "A và B nguyên là Chủ tịch UBND tỉnh": offices held before.
    // "Ông A là Bí thư Trung ương Đảng khóa XIII; Ủy viên Trung ương Đảng khóa XII, XIII; Đại biểu Quốc hội":
    // the list of what the verb gives goes on over semicolons while each part is a title.
    const listed = [...items, ...titlesAfterSemicolons(rest, sentenceEnd)];
    return holds[0].startsWith('nguyên là') ? listed.map((item) => `nguyên ${item.replace(/^nguyên\s+/u, '')}`) : listed;
  }
  return [];
}

/** The title parts after the clause's semicolon, up to the first part that is not a title or the sentence end. */
function titlesAfterSemicolons(rest: string, clauseEnd: number): string[] {
  if (clauseEnd < 0 || rest[clauseEnd] !== ';') return [];
  const items: string[] = [];
  const sentence = rest.slice(clauseEnd + 1).split(/[.\n]/u)[0]!;
  for (const part of sentence.split(';')) {
    const title = part.trim().replace(TERM_TAIL, '');
    const found = titleItems(title);
    if (!found.length || cutAtClause(title) !== title) break;
    items.push(...found);
  }
  return items;
}

// "Ba Phó Bí thư Tỉnh ủy gồm ông A, B và C": a title, "gồm", then the list of its holders.
const TITLE_LISTS = new RegExp(String.raw`((?:nguyên\s+)?(?:${ROLE_ALTERNATION})[^:;.,]{0,80}?),?\s+gồm(?:\s+có)?:?\s+([^.;:]*)$`, 'iu');
// "Hai Phó Chủ tịch HĐND tỉnh là ông A và bà B": "là" after a counted title does the same.
const COUNTED_TITLE_IS = new RegExp(String.raw`(?:^|[\s(])(?:${COUNT_WORDS})\s+((?:(?:nguyên|cựu)\s+)?(?:${ROLE_ALTERNATION})[^:;.]{0,120}?)\s+là:?\s+([^.;:]*)$`, 'iu');

function listedAfterTitle(text: string, person: Span, persons: Span[]): string[] {
  // Reaches back over the earlier names of the list (the list part stops at a sentence or clause end).
  const before = text.slice(Math.max(0, person.start - 300), person.start);
  const listed = (before.includes('gồm') ? TITLE_LISTS.exec(before) : null) ?? (/\slà[\s:]/u.test(before) ? COUNTED_TITLE_IS.exec(before) : null);
  if (!listed) return [];
  const named = CLAUSE_START.test(listed[1]!) ? deputiesTitle(listed[1]!) : listed[1]!.trim();
  // "UBND huyện có 2 Phó Chủ tịch gồm: …": a bare role is of the body that "has" them.
  const host = named && ROLE_ONLY.test(named) ? BODY_HAS_COUNT.exec(before.slice(0, listed.index + listed[0].indexOf(listed[1]!)))?.[1] : undefined;
  const title = host ? `${named} ${host}` : named;
  if (!title) return [];
  // Only names of the same list may stand between "gồm" and this name.
  const listStart = person.start - listed[2]!.length;
  const earlier = persons.filter((p) => p.start >= listStart && p.end <= person.start);
  const ends = [listStart, ...earlier.map((p) => p.end)];
  const starts = [...earlier.map((p) => p.start), person.start];
  const gaps = ends.map((end, i) => text.slice(end, starts[i]));
  return gaps.every(listGap) ? titleItems(title) : [];
}

const ROLE_ONLY = new RegExp(String.raw`^(?:${ROLE_ALTERNATION})$`, 'iu');
// "UBND tỉnh hiện có 5 " before a counted role: the body they belong to.
const BODY_HAS_COUNT = new RegExp(
  String.raw`((?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Đảng ủy|Sở|Ban)(?:\s+[\p{L}\p{M}.]+){0,6}?)\s*,?\s+(?:hiện\s+|sẽ\s+)?(?:có\s+)?(?:${COUNT_WORDS})\s+$`,
  'u',
);

// "… cùng 5 Phó Chủ tịch": a count and a bare role closing the text before "gồm".
const COUNTED_ROLE = new RegExp(String.raw`\s(?:${COUNT_WORDS}|các)\s+((?:${ROLE_ALTERNATION}))$`, 'iu');

/**
 * "Chủ tịch UBND tỉnh An Giang mới cùng 5 Phó Chủ tịch gồm: …": the deputies' office is the head's
 * office with "Phó" — "Phó Chủ tịch UBND tỉnh An Giang". Any other clause inside the title: no title.
 */
function deputiesTitle(title: string): string | null {
  const deputies = COUNTED_ROLE.exec(title);
  const head = ROLE_AT_START.exec(title);
  if (!deputies || !head) return null;
  const deputyRole = canonicalRole(deputies[1]!);
  if (deputyRole !== `Phó ${canonicalRole(head[2]!)}`) return null;
  const headBody = cutAtClause(title).slice(head[0].length).trim();
  return headBody ? `${deputyRole} ${headBody}` : null;
}

const DASH_OR_COMMA = new RegExp(String.raw`\s*(?:\s[-–—]\s|${COMMA})\s*`, 'u');
// Where the text before a name breaks into clauses; "và" only before a lower-case word or a role, so a
// body's name ("Ban Tuyên giáo và Dân vận") stays whole.
const AND_BEFORE_NAME_OR_ROLE = new RegExp(
  String.raw`[.;:\n(]|,\s(?=\p{Ll})|\s(?:đồng chí|ông|bà|các|của)\s|\svà\s(?=\p{Ll}|(?:${ROLE_ALTERNATION})(?![\p{L}\p{M}]))`,
  'u',
);

// "Chánh Văn phòng HĐND tỉnh, ông A, cho biết": the title, a comma and the person's cue.
const CUED_AFTER_TITLE = /,\s+(?:đồng chí|ông|bà)\s$/u;

/**
 * "… Phó Bí thư Thường trực Tỉnh ủy " right before a name: the longest tail that is a title chain;
 * also one a comma and "ông"/"bà" part from the name, unless it follows another name as its apposition.
 */
function titleBefore(before: string): string[] {
  const cued = CUED_AFTER_TITLE.exec(before);
  if (cued) {
    const head = normalizeTones(before.slice(0, cued.index));
    const chain = titleBefore(`${head} `);
    const lead = head.slice(0, head.lastIndexOf(chain[0] ?? '\u0000'));
    // The chain opens the clause ("Theo Chánh Văn phòng …, ông A"): not one continuing another name's
    // titles ("ông B – Ủy viên …, Bí thư Tỉnh ủy, bà A") nor the end of a body ("… của Ban Bí thư …, ông A").
    // What stands before it in its clause: nothing, one opening word ("Theo"), or a preposition ("… của").
    const leadClause = lead.split(/[.;:\n]/u).pop()!.trim();
    const opensClause = /^(?:\p{Lu}[\p{Ll}\p{M}]*)?$|(?:^|\s)(?:theo|của|với|cùng|gửi|thay mặt)$/iu.test(leadClause);
    return chain.length && opensClause && chain.every((item) => cutAtClause(item) === item) ? chain : [];
  }
  if (!/\p{L}\s+$/u.test(before)) return [];
  // "và" parts two names, not a body ("Ban Tuyên giáo và Dân vận"): only before a lower-case word.
  // Old-style tones ("Uỷ viên") read as the lexicon writes roles.
  // "và" before a role starts another person's titles ("Thứ trưởng Bộ Nội vụ và Phó Chủ tịch UBND tỉnh A").
  const clause = normalizeTones(before.split(AND_BEFORE_NAME_OR_ROLE).pop() ?? '');
  const words = clause.trim().split(/\s+/);
  // The longest chain of titles that holds no verb: one that does ("Bộ trưởng Bộ Công an đón Tổng Bí thư …")
  // is the previous person's clause, and only its end can be this name's title.
  for (let i = 0; i < words.length; i++) {
    // A role is at most six words: test those before building the whole tail.
    if (!startsWithRole(words.slice(i, i + 6).join(' '))) continue;
    const tail = words.slice(i).join(' ');
    const items = tail.split(DASH_OR_COMMA).map((s) => s.trim()).filter(Boolean);
    if (items.every(startsWithRole) && items.every((item) => cutAtClause(item) === item)) return items;
  }
  return [];
}

const SHARED_GROUP = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:các|${COUNT_WORDS})(?:\s+đồng chí)?\s+([^:;.]{3,80}):\s`, 'giu');

/**
 * "Các đồng chí Ủy viên Bộ Chính trị: Lê Hồng Anh, …; Ngô Văn Dụ, …", "các Bí thư Trung ương Đảng:
 * Trưởng Ban Nội chính Trung ương A, …": the title before the nearest colon. A list of groups gives
 * each its own ("…; các Ủy viên Bộ Chính trị: …"): a group ends where the next begins ("; các …").
 */
function sharedListTitle(text: string, person: Span): string[] {
  // A list of five or six people with their own titles runs long: reach back over the whole sentence.
  const window = text.slice(Math.max(0, person.start - 1000), person.start);
  // The group and the person stand in one sentence: only the text after the last sentence end is read.
  const before = window.slice(Math.max(window.lastIndexOf('.'), window.lastIndexOf('\n')) + 1);
  // "các Ủy viên Bộ Chính trị: …", "cùng 5 Phó Chủ tịch tỉnh: …".
  if (!before.includes(':')) return [];
  const group = [...before.matchAll(SHARED_GROUP)].pop();
  if (!group || /[.\n]/u.test(before.slice(group.index! + group[0].length))) return [];
  // "… 2 Phó Chủ tịch gồm: …" is read by listedAfterTitle, with the head's body.
  if (!/^các/iu.test(group[0]) && /\sgồm(?:\s+có)?$/u.test(group[1]!)) return [];
  if (/;\s*(?:và\s+|cùng\s+)?các\s/iu.test(before.slice(group.index! + group[0].length))) return [];
  // "các Phó Bí thư Tỉnh ủy gồm: A, …; B, …": the title before "gồm", shared across the semicolons.
  return titleItems(group[1]!.replace(/\s+gồm(?:\s+có)?$/u, '').trim());
}
