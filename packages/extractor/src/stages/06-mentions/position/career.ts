/**
 * Offices: career histories
 * =========================
 * A biography lists the offices a person held before: "Ông Dương Văn Trang đã đảm nhiệm nhiều vị trí
 * công tác như Ủy viên Ủy ban Quốc phòng và An ninh của Quốc hội khóa XII; Thường vụ Tỉnh ủy, Đại tá,
 * Chỉ huy trưởng …"; "Ông Cường từng kinh qua các chức vụ, Phó Trưởng phòng …, Bí thư Thành ủy …".
 * The subject is the name right before, or "Ông"/"Bà" + the given name of a person the article names.
 * Each office is a former one; words that are not offices (a rank: "Đại tá") are passed over.
 */
import type { Span } from '../../../types.js';
import { readLexiconJson } from '../../../lexicon/word-lists.js';
import { longestFirst } from '../../../text/regex.js';
import { titleItems } from './items.js';
import { OFFICES } from './lexicon.js';

// "đã đảm nhiệm nhiều vị trí công tác như …", "từng kinh qua các chức vụ: …", "từng là …", "từng giữ chức …".
// ("đã là", "đã giữ chức" may tell of now: only "từng" makes the short forms a history.)
const CAREER = /(?:(?:đã|từng)\s+(?:đảm nhiệm|kinh qua|giữ|trải qua)\s+(?:nhiều|các)\s+(?:vị trí(?: công tác)?|chức vụ|chức danh|cương vị)(?:\s+(?:như|gồm|là))?|từng\s+(?:là|giữ(?:\s+các)?\s+chức(?:\s+vụ)?))\s*[:,]?\s*([^.\n]+)/giu;
const SUBJECT = /(?:^|[.\n]\s*)(?:Ông|Bà|Đồng chí)\s+(\p{L}[\p{L}\p{M}]*)\s*$/u;

export interface CareerTitles {
  person: Span;
  items: string[];
}

const RANKS = new Set(OFFICES.ranks);

/** One part of a history as title items: ranks ("Đại tá") left out, "Thường vụ Tỉnh ủy" as a membership. */
function historyItems(part: string): string[] {
  const pieces = part
    .split(/\s*,\s*/u)
    .filter((piece) => !RANKS.has(piece))
    .map((piece) => piece.replace(/^Thường vụ(?=\s)/u, 'Ủy viên Ban Thường vụ'));
  return titleItems(pieces.join(', '));
}

/** The offices of each career history in the text, with the person it is about. */
export function findCareers(text: string, persons: Span[]): CareerTitles[] {
  const careers: CareerTitles[] = [];
  for (const career of text.matchAll(CAREER)) {
    const person = subjectOf(text, career.index, persons);
    if (!person) continue;
    // Each part of the list may say "nguyên" itself ("…; nguyên Trưởng Ban Nội chính Tỉnh ủy; …").
    const items = career[1]!
      .split(/\s*;\s*/u)
      .map((part) => part.replace(/^(?:nguyên|cựu)\s+/u, ''))
      .flatMap(historyItems)
      .map((item) => `nguyên ${item.replace(/^(?:nguyên|cựu)\s+/u, '')}`);
    if (items.length) careers.push({ person, items });
  }
  return careers;
}

const { officeCues, birthCues } = readLexiconJson<{ officeCues: { current: string[]; former: string[] }; birthCues: string[] }>('biography.json');
// "Ông A sinh ngày …": a biography sentence, about the person it opens with.
const BIOGRAPHY_OPENING = new RegExp(`^[\\s,]*(?:\\([^)]{0,40}\\)\\s*)?,?\\s*(?:${longestFirst(birthCues)})(?![\\p{L}\\p{M}])`, 'u');
const OFFICE_CUE = new RegExp(`(?:^|[;,]\\s*)(${longestFirst([...officeCues.current, ...officeCues.former])})\\s+([^;.\\n]+)`, 'gu');
const FORMER_CUES = new Set(officeCues.former);

/**
 * "Ông A sinh ngày 21/10/1968; dân tộc Mông; quê quán …; hiện là Bí thư Huyện ủy Sìn Hồ": the parts of a
 * biography sentence after the name are the subject's; those opening with an office cue give its offices.
 */
export function findBiographyOffices(text: string, persons: Span[]): CareerTitles[] {
  const found: CareerTitles[] = [];
  for (const person of persons) {
    const rest = text.slice(person.end, person.end + 600);
    if (!BIOGRAPHY_OPENING.test(rest)) continue;
    const end = rest.search(/\.(?:\s|$)|\n/u);
    const sentence = end >= 0 ? rest.slice(0, end) : rest;
    const items = [...sentence.matchAll(OFFICE_CUE)].flatMap((cue) => {
      const former = FORMER_CUES.has(cue[1]!);
      return titleItems(cue[2]!).map((item) => (former ? `nguyên ${item.replace(/^(?:nguyên|cựu)\s+/u, '')}` : item));
    });
    if (items.length) found.push({ person, items });
  }
  return found;
}

/** The name right before the career phrase, else "Ông <given name>" of a person named in the article. */
function subjectOf(text: string, at: number, persons: Span[]): Span | null {
  const before = text.slice(Math.max(0, at - 60), at);
  const named = persons.find((p) => p.end <= at && /^\s*$/u.test(text.slice(p.end, at)));
  if (named) return named;
  // "Ông A có thời gian dài công tác …, từng đảm nhiệm …": the one person named before it in its sentence.
  const inSentence = persons.filter((p) => p.end <= at && !/[.\n]/u.test(text.slice(p.end, at)) && at - p.end < 200);
  if (inSentence.length === 1) return inSentence[0]!;
  const pronoun = SUBJECT.exec(before);
  if (!pronoun) return null;
  const given = pronoun[1]!.toLowerCase();
  const candidates = new Set(persons.filter((p) => p.surface.split(' ').pop()!.toLowerCase() === given).map((p) => p.surface));
  // Two people with that given name: the reference is ambiguous, so nothing is said.
  if (candidates.size !== 1) return null;
  const start = at - before.length + pronoun.index + pronoun[0].search(/\S/u);
  return { start, end: at, surface: [...candidates][0]!, rule: 'career-subject' };
}
