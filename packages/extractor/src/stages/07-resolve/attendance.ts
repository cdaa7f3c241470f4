/**
 * ATTENDED
 * ========
 * Who directed, chaired, spoke at or attended the article's event: the conference or ceremony its
 * lead names ("Hội nghị toàn quốc tổng kết …", "Lễ công bố …"), or the congress it reports on. Roles
 * come from the verb after a person or a list of persons ("Tổng Bí thư X dự và chỉ đạo hội nghị",
 * "Các đồng chí A, B chủ trì"), or from a list opener ("Dự hội nghị có các đồng chí …"). One edge per
 * person and event, with the strongest role: directed > chaired > spoke > attended.
 */
import { readLexiconJson } from '../../lexicon/word-lists.js';
import { escapeRegExp, longestFirst } from '../../text/regex.js';
import { slug } from '../../text/slug.js';
import type { EdgeRecord, NodeRecord, Sentence, Span } from '../../types.js';
import { canonicalName } from '../06-mentions/person/find.js';
import { expandAbbreviations } from '../06-mentions/position/lexicon.js';

type Node = Omit<NodeRecord, 'articles'>;
type Edge = Omit<EdgeRecord, 'articles'>;
export type Role = 'directed' | 'chaired' | 'spoke' | 'attended';

interface AttendanceLexicon {
  eventStarts: string[];
  congressSessions: string;
  ceremonyActions: string[];
  bodyMeetings: { bodies: string[]; meetings: string[] };
  roles: Array<{ role: Role; verbs: string[] }>;
  listOpeners: Array<{ role: Role; pattern: string }>;
}

const lexicon = readLexiconJson<AttendanceLexicon>('attendance.json');
const STRENGTH: Role[] = lexicon.roles.map((r) => r.role);
// Event names may start lower-case in running text ("tổ chức hội nghị toàn quốc …").
const EVENT_START = lexicon.eventStarts.map((start) => `[${start[0]}${start[0]!.toLowerCase()}]${escapeRegExp(start.slice(1))}`).join('|');
const EVENT = new RegExp(`(?<![Nn]ghị quyết )(?<![\\p{L}\\p{M}])(?:${EVENT_START})\\s+[^.;:()“”"]{6,200}`, 'gu');
// "HĐND tỉnh Lai Châu khóa XV tổ chức Kỳ họp thứ 12": a session named by its number alone is the council's named before it.
const NUMBERED_SESSION = /^[Kk]ỳ họp (?:thứ )?[\p{L}\d]+$/u;
const COUNCIL = /(?:Hội đồng nhân dân|HĐND) (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?: \p{Lu}[\p{Ll}\p{M}]*){1,4}(?: khóa [IVXLC]+)?/gu;
// A name ends before a clause: after a comma, a title, a body acting ("…, Ban Thường vụ Thành ủy phối
// hợp …") or a clause word; anywhere, a modal ("và phải", "cần") or a verb of linking ("lồng ghép").
const EVENT_END = /(?:\s?,\s(?:Ủy viên|Bí thư|Phó|Chủ tịch|nhiệm kỳ|kiện toàn|các|bầu|với|đã|thông qua|xem xét|biểu quyết|cho ý kiến|đồng chí|ông|bà|sáng|chiều|tối|trưa|ngày|hôm|Ban Thường vụ|Ban Chấp hành|Tỉnh ủy|Thành ủy|Huyện ủy|UBND|HĐND)|\s(?:và\s)?(?:phải|cần|nên|lồng ghép)(?=\s)|\s(?:tại|do|vào|nhằm|với sự|có sự|có|về phía|diễn ra|được tổ chức|đã|sẽ|bằng hình thức|của Ủy viên|dưới sự|(?:sáng|chiều|tối|trưa) nay|hôm nay))(?![\p{L}\p{M}]).*$/u;
// A verb phrase's later words may be capitalised ("trao Quyết định"); its first word is written as listed.
const anyCaseAfterFirstWord = (verb: string): string =>
  escapeRegExp(verb).replace(/ (\p{Ll})/gu, (_, letter: string) => ` [${letter}${letter.toUpperCase()}]`);
const VERBS = lexicon.roles.flatMap(({ role, verbs }) => verbs.map((verb) => ({ role, re: new RegExp(`(?:^|\\s)${anyCaseAfterFirstWord(verb)}(?![\\p{L}\\p{M}])`, 'u') })));
const OPENERS = lexicon.listOpeners.map(({ role, pattern }) => ({ role, re: new RegExp(pattern, 'u') }));
// A sentence about the event names it, one of its bridge points ("Tại điểm cầu huyện X, …"), or is
// the handover of a decision the event is held for.
const EVENT_WORDS = /hội nghị|đại hội|phiên|lễ|buổi|kỳ họp|họp kỳ|cuộc họp|điểm cầu|trao (?:các )?quyết định/iu;
const CONGRESS_SESSION = new RegExp(lexicon.congressSessions, 'u');
// "Ủy ban Kiểm tra Trung ương họp kỳ 39": a numbered meeting written with the body first.
const BODY_MEETING = new RegExp(
  `(${longestFirst(lexicon.bodyMeetings.bodies)})(?:\\s+Trung ương)?\\s+(?:đã\\s+)?họp\\s+(?:${longestFirst(lexicon.bodyMeetings.meetings)})\\s+(?:thứ\\s+)?(\\d+)(?!\\d)`,
  'iu',
);
// "dự lễ", "buổi lễ": the article speaks of its ceremony.
const CEREMONY = /(?:dự|buổi|tại)\s+lễ(?![\p{L}\p{M}])/iu;
// The act runs to the end of its sentence: "công bố nghị quyết về …; thành lập …".
// ("trao đổi", to talk, is no handing over.)
const CEREMONY_ACTION = new RegExp(`(?<![\\p{L}\\p{M}])(?:${longestFirst(lexicon.ceremonyActions)})(?!\\s+đổi)\\s[^.:()“”"]{8,300}`, 'iu');
// "Ông A, Phó Trưởng Ban Tổ chức Trung ương, tới dự.": a role verb ends the sentence.
const ENDS_WITH_ROLE = new RegExp(`(?:${lexicon.roles.flatMap((r) => r.verbs).map(anyCaseAfterFirstWord).join('|')})[.!…]?\\s*$`, 'u');

export interface EventTarget {
  id: string;
  node: Node | null;
  date: string | null;
}

/**
 * The article's event: a congress its title reports; else a conference, ceremony or session the title or
 * lead names (a sitting of a congress is the congress); else the congress it reports on; else a meeting
 * named further down; else an unnamed ceremony, a congress named without ordinal, or the title itself.
 */
export function articleEvent(paragraphs: string[], congressIds: string[], date: string | null, titleCongressId: string | null = null): EventTarget | null {
  // The event the title names, else the most fully named one in the lead: later mentions shorten it ("hội nghị").
  const eventsIn = (paragraph: string): string[] =>
    namesIn(paragraph, EVENT).map(({ name, at }) => {
      const council = NUMBERED_SESSION.test(name) ? [...paragraph.slice(0, at).matchAll(COUNCIL)].pop()?.[0] : undefined;
      return council ? `${name} ${council}` : name;
    });
  const longestIn = (some: string[]): string | undefined => some.flatMap(eventsIn).sort((a, b) => b.length - a.length)[0];
  const title = paragraphs[0] ?? '';
  const titled = eventsIn(title)[0];
  const congress = congressIds[0];
  const ofCongress = congress ? { id: congress, node: null, date } : null;
  // A title about a congress ("Khai mạc Đại hội …") names what the article reports: a meeting in its lead
  // (the new committee's first plenum) is part of it.
  if (!titled && titleCongressId) return { id: titleCongressId, node: null, date };
  const inLead = bodyMeetingIn(paragraphs.slice(0, 5)) ?? longestIn(paragraphs.slice(1, 5));
  const named = titled ?? (inLead && completedByTitle(inLead, title));
  // "Phiên trù bị Đại hội …" is a sitting of the congress the article reports.
  if (named && ofCongress && CONGRESS_SESSION.test(named)) return ofCongress;
  if (named) return namedEvent(named, date);
  // A congress the article names outweighs a meeting it mentions further down.
  if (ofCongress) return ofCongress;
  const later = longestIn(paragraphs.slice(5));
  if (later) return namedEvent(later, date);
  const ceremony = ceremonyIn(paragraphs);
  if (ceremony) return namedEvent(ceremony, date);
  // A congress named without its ordinal ("Đại hội đại biểu Đảng bộ tỉnh X nhiệm kỳ 2020-2025", a mass
  // organisation's congress) is no Congress node but still the event; else the title, when it tells of one.
  const congressName = paragraphs.slice(0, 5).flatMap((paragraph) => namesIn(paragraph, ANY_CONGRESS))[0]?.name;
  if (congressName) return namedEvent(congressName, date);
  // A headline has no closing full stop: a first paragraph that has one is the lead, not a title.
  const headline = !/[.!?…]\s*$/u.test(title) && wordCount(title) >= MIN_EVENT_WORDS;
  return headline && TITLE_TELLS_OF_EVENT.test(title) ? namedEvent(title.replace(/[\s,:;]+$/u, '').slice(0, 200), date) : null;
}

// A title that reports an occasion: a meeting, a working visit, a ceremony, a session.
const TITLE_TELLS_OF_EVENT = /hội nghị|đại hội|phiên|(?<![\p{L}\p{M}])lễ(?![\p{L}\p{M}])|buổi|kỳ họp|cuộc họp|làm việc|hội thảo|tọa đàm|gặp mặt|tiếp xúc cử tri/iu;

const ANY_CONGRESS = /(?<![\p{L}\p{M}])[Đđ]ại hội(?! đảng các cấp)[^.;:()“”"]{8,200}/gu;

// An event named in fewer words is a bare "hội nghị", "buổi lễ": not a name.
const MIN_EVENT_WORDS = 4;
const wordCount = (text: string): number => text.split(' ').length;
/** An event's words as the text gives them, ended where the clause goes on. */
const trimEventName = (raw: string): string => raw.replace(EVENT_END, '').replace(/[\s,]+$/u, '');

/** The event names a pattern finds in a paragraph, each trimmed, with where it starts. */
function namesIn(paragraph: string, pattern: RegExp): Array<{ name: string; at: number }> {
  return [...paragraph.matchAll(pattern)].map((m) => ({ name: trimEventName(m[0]), at: m.index! })).filter(({ name }) => wordCount(name) >= MIN_EVENT_WORDS);
}

/** "Ủy ban Kiểm tra T.Ư họp kỳ 39 …" → "Kỳ họp 39 Ủy ban Kiểm tra Trung ương". */
function bodyMeetingIn(lead: string[]): string | undefined {
  for (const paragraph of lead) {
    if (!paragraph.includes('họp')) continue;
    const meeting = BODY_MEETING.exec(expandAbbreviations(paragraph));
    if (meeting) return `Kỳ họp ${meeting[2]} ${meeting[0].slice(0, meeting[0].search(/\s+(?:đã\s+)?họp\s/iu))}`;
  }
  return undefined;
}

/** An article that speaks of "the ceremony" without naming it: "Lễ" + the lead's first ceremonial act. */
function ceremonyIn(paragraphs: string[]): string | undefined {
  if (!paragraphs.some((paragraph) => CEREMONY.test(paragraph))) return undefined;
  for (const paragraph of paragraphs.slice(0, 3)) {
    const act = CEREMONY_ACTION.exec(paragraph)?.[0];
    // With "Lễ" before it, three words of the act make a name.
    if (act && wordCount(trimEventName(act)) >= MIN_EVENT_WORDS - 1) return `Lễ ${trimEventName(act)}`;
  }
  return undefined;
}

function namedEvent(longest: string, date: string | null): EventTarget {
  // "Ban Chấp hành TW Đảng" → "Ban Chấp hành Trung ương Đảng": one event however the pages abbreviate it.
  const name = expandAbbreviations(longest.charAt(0).toUpperCase() + longest.slice(1));
  const id = `event:${slug(name)}${date ? `:${date}` : ''}`;
  return { id, node: { kind: 'node', label: 'Event', id, props: { name, date } }, date };
}

const EVENT_HEAD = new RegExp(`^(?:${EVENT_START})\\s+`, 'u');

/**
 * "hội nghị trao Quyết định" under the title "Thủ tướng … trao Quyết định Bí thư Ban cán sự đảng, Quyền
 * Bộ trưởng Bộ Y tế": a short event name the title carries on is named in full by the title.
 */
function completedByTitle(name: string, title: string): string {
  const action = name.replace(EVENT_HEAD, '');
  if (action === name || action.split(' ').length < 2 || name.split(' ').length > 6) return name;
  const at = title.toLowerCase().indexOf(action.toLowerCase());
  if (at < 0) return name;
  const continuation = title.slice(at + action.length).replace(EVENT_END, '').trim();
  return continuation ? `${name} ${continuation}` : name;
}

/** The role the clause after a person gives, if any; `until` is where the clause ends. */
function roleAfter(clause: string): Role | null {
  const found = VERBS.filter(({ re }) => re.test(clause)).map(({ role }) => role);
  return STRENGTH.find((role) => found.includes(role)) ?? null;
}

export const stronger = (a: Role | undefined, b: Role): Role => (a && STRENGTH.indexOf(a) <= STRENGTH.indexOf(b) ? a : b);

export function findAttendance(text: string, sentences: Sentence[], persons: Span[], event: EventTarget, articleId: string): Edge[] {
  const best = new Map<string, { role: Role; sentence: Sentence }>();
  for (const sentence of sentences) {
    const inSentence = persons.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
    if (!inSentence.length) continue;
    const openerMatch = OPENERS.map(({ role, re }) => ({ role, at: re.exec(sentence.text)?.index })).find((o) => o.at !== undefined);
    // "Cùng dự có …" opening a sentence is about the article's event, which it need not name.
    // "Tới dự có …", "Về dự Đại hội có …": a verb of coming before it still opens the sentence.
    const opensWithOpener = openerMatch !== undefined && (openerMatch.at! <= 1 || /^(?:Tới|Về|Đến)$/u.test(sentence.text.slice(0, openerMatch.at!).trim()));
    if (!EVENT_WORDS.test(sentence.text) && !opensWithOpener && !ENDS_WITH_ROLE.test(sentence.text)) continue;
    const opener = openerMatch ? { role: openerMatch.role, from: sentence.start + openerMatch.at! } : null;
    // A verb after the last person applies to every person listed before it with titles only.
    const last = inSentence[inSentence.length - 1]!;
    const finalRole = roleAfter(text.slice(last.end, sentence.end));
    const titlesOnly = inSentence.slice(1).every((p, k) => roleAfter(text.slice(inSentence[k]!.end, p.start)) === null);
    inSentence.forEach((person, i) => {
      // The clause after the name (and after any names listed with it) up to the next person or ";".
      let j = i;
      while (inSentence[j + 1] && /^\s*(?:,|và)\s*(?:(?:các\s+)?(?:đồng chí|ông|bà)\s+)?$/u.test(text.slice(inSentence[j]!.end, inSentence[j + 1]!.start))) j++;
      const semicolon = text.indexOf(';', inSentence[j]!.end);
      const clauseEnd = Math.min(inSentence[j + 1]?.start ?? sentence.end, semicolon >= 0 ? semicolon : sentence.end);
      const ownRole = roleAfter(text.slice(inSentence[j]!.end, Math.max(clauseEnd, inSentence[j]!.end)));
      const listed = opener && person.start > opener.from ? opener.role : null;
      const role = ownRole ?? listed ?? (titlesOnly ? finalRole : null);
      if (!role) return;
      const id = `person:${slug(canonicalName(person.name ?? person.surface))}`;
      const previous = best.get(id);
      best.set(id, { role: stronger(previous?.role, role), sentence: previous && stronger(previous.role, role) === previous.role ? previous.sentence : sentence });
    });
  }
  return attendanceEdges(best, event, articleId);
}

/** One ATTENDED edge per person: the strongest role and the sentence that gives it. */
export function attendanceEdges(best: Map<string, { role: Role; sentence: Sentence }>, event: EventTarget, articleId: string): Edge[] {
  return [...best].map(([personId, { role, sentence }]) => ({
    kind: 'edge',
    type: 'ATTENDED',
    from: personId,
    to: event.id,
    props: { role, date: event.date },
    evidence: [{ article: articleId, quote: sentence.text, start: sentence.start, end: sentence.end, asOf: event.date }],
  }));
}
