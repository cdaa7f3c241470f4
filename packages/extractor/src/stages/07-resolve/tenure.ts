/**
 * Tenures: when a holding began or ended
 * ======================================
 * What a sentence says about the time of a holding, from the grammar of personnel news:
 * - a verb of taking office ("được bầu giữ chức", "bổ nhiệm", "phân công … giữ chức") dates the start
 *   (since) to the event: the date the sentence opens with ("Ngày 2/11, …", "sáng 21/10"), else the
 *   article's event date;
 * - a verb of leaving ("thôi giữ chức", "miễn nhiệm") dates the end (until) the same way;
 * - "từ tháng 3/2019 (đến tháng 5/2021)" before the verb states the range itself;
 * - a word before the verb saying the holding goes on ("tiếp tục giữ chức", "đang giữ chức") or is not
 *   yet taken ("để … giới thiệu bầu giữ chức", "sẽ giữ chức") means the event does not date a start;
 * - "… giữ chức X thay ông Y" ends Y's holding of X when X's holder starts.
 * Dates are ISO prefixes as precise as the text: "2019", "2019-03", "2019-03-21". Words are data in
 * lexicons/tenure.json.
 */
import { readLexiconJson } from '../../lexicon/word-lists.js';
import { longestFirst } from '../../text/regex.js';
import { isoDate } from '../04-metadata/dates.js';
import { SUCCESSOR_BEFORE_NAME } from '../06-mentions/position/lexicon.js';

const lexicon = readLexiconJson<{
  startVerbs: string[];
  noStartBefore: string[];
  endVerbs: string[];
  followsPrevious: { openings: string[] };
  transfers: { verbs: string[] };
}>('tenure.json');


const FOLLOWS_PREVIOUS = new RegExp(`^\\s*(?:${longestFirst(lexicon.followsPrevious.openings)})(?![\\p{L}\\p{M}])`, 'iu');

/**
 * The date a sentence's changes of office happen on when it does not state one: for a sentence that
 * carries on the one before ("Theo đó, …"), the last plain date that one states; else the article's event date.
 */
export function sentenceEventDate(sentence: string, previous: () => string | undefined, eventDate: string | null): { date: string | null; stated: boolean } {
  const before = FOLLOWS_PREVIOUS.test(sentence) ? previous() : undefined;
  const stated = before ? statedDates(before, eventDate).filter((d) => d.edge === null).at(-1)?.iso : undefined;
  return stated ? { date: stated, stated: true } : { date: eventDate, stated: false };
}

const word = (alternatives: string): string => `(?<![\\p{L}\\p{M}])(?:${alternatives})(?![\\p{L}\\p{M}])`;

/** "điều động", "luân chuyển": the sentence sends the person to posts elsewhere. */
export const TRANSFER = new RegExp(word(longestFirst(lexicon.transfers.verbs)), 'iu');

// Case-sensitive: "Bầu cử", "Giao thông" in a body's name are no verbs; "bầu cử" (an election) and
// "cử tri" (voters) neither.
const START_VERB = new RegExp(`${word(longestFirst(lexicon.startVerbs))}(?!\\s+(?:cử|tri)(?![\\p{L}\\p{M}]))`, 'gu');
const END_VERB = new RegExp(word(longestFirst(lexicon.endVerbs)), 'u');
const NO_START_BEFORE = new RegExp(`${word(longestFirst(lexicon.noStartBefore))}(?:\\s+(?:được|đã|sẽ))?\\s*$`, 'iu');

const CONTINUES_AFTER = /(?<![\p{L}\p{M}])(?:tiếp tục|tái cử|tái đắc cử|tái bổ nhiệm)(?![\p{L}\p{M}])/iu;

export type Change = 'starts' | 'ends';

export interface Tenure {
  since?: string;
  until?: string;
  /** The date is the article's event, not one the sentence states. */
  ofArticleEvent?: boolean;
}

export interface StatedDate {
  at: number;
  end: number;
  iso: string;
  /** "từ tháng 3/2019": the start of a range; "đến tháng 5/2021": its end. */
  edge: 'from' | 'to' | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

// A day needs its cue ("ngày 2/11", "sáng 21/10") unless it carries its year ("2/11/2020").
const DAY_WITH_CUE = /(?<![\p{L}\p{M}])(?:(?:ngày|sáng|chiều|tối|trưa|đêm)\s+(?:ngày\s+)?)(\d{1,2})(?:\s*[/.-]\s*|\s+tháng\s+)(\d{1,2})(?:(?:\s*[/.-]\s*|\s+năm\s+)(\d{4}))?(?![\d/])/giu;
const FULL_DAY = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])/gu;
const MONTH = /(?<![\p{L}\p{M}])tháng\s+(\d{1,2})(?:\s*[/.-]\s*|\s+năm\s+)(\d{4})(?!\d)/giu;
const YEAR = /(?<![\p{L}\p{M}])năm\s+(\d{4})(?![\d/-])/giu;
// A date right after a document number dates the document, not the event: "Quyết định số 12/QĐ-TU ngày 2/3".
const AFTER_DOCUMENT_NUMBER = /\d+\s*[/-]\s*\p{Lu}[\p{L}-]*(?:\/[\p{L}-]+)?,?\s*$/u;
// A birth date is not an event of office: "(sinh năm 1970)", "sinh ngày 2/3/1968".
const BIRTH_BEFORE = /(?<![\p{L}\p{M}])sinh\s*$/iu;
const RANGE_EDGE = /(?<![\p{L}\p{M}])(từ|đến|tới)\s+(?:(?:ngày|sáng|chiều|tháng|năm)\s+)?$/iu;

/**
 * A day and month without a year take the reference date's year, or the year before when that would put
 * them more than half a year after it (a January article looking back at "ngày 28/12").
 */
function completeYear(month: number, day: number, reference: string | null): string | null {
  if (!reference) return null;
  const year = Number(reference.slice(0, 4));
  const referenceMonth = Number(reference.slice(5, 7)) || 12;
  return isoDate(month - referenceMonth > 6 ? year - 1 : year, month, day);
}

/** The dates a sentence states, in order, with whether each opens or closes a range. */
export function statedDates(sentence: string, reference: string | null): StatedDate[] {
  const found: StatedDate[] = [];
  // Stretches already read, kept or not: a shorter pattern must not read a refused date again.
  const read: Array<{ at: number; end: number }> = [];
  const taken = (at: number, end: number): boolean => read.some((d) => at < d.end && end > d.at);
  const add = (at: number, end: number, iso: string | null): void => {
    if (taken(at, end)) return;
    read.push({ at, end });
    const before = sentence.slice(Math.max(0, at - 30), at);
    if (!iso || AFTER_DOCUMENT_NUMBER.test(before) || BIRTH_BEFORE.test(before)) return;
    const edge = RANGE_EDGE.exec(sentence.slice(Math.max(0, at - 12), at))?.[1]?.toLowerCase();
    found.push({ at, end, iso, edge: edge === 'từ' ? 'from' : edge ? 'to' : null });
  };
  for (const m of sentence.matchAll(DAY_WITH_CUE)) {
    const [day, month] = [Number(m[1]), Number(m[2])];
    add(m.index, m.index + m[0].length, m[3] ? isoDate(Number(m[3]), month, day) : completeYear(month, day, reference));
  }
  for (const m of sentence.matchAll(FULL_DAY)) add(m.index, m.index + m[0].length, isoDate(Number(m[3]), Number(m[2]), Number(m[1])));
  for (const m of sentence.matchAll(MONTH)) {
    const [month, year] = [Number(m[1]), Number(m[2])];
    add(m.index, m.index + m[0].length, month >= 1 && month <= 12 && year >= 1945 && year <= 2100 ? `${year}-${pad(month)}` : null);
  }
  for (const m of sentence.matchAll(YEAR)) {
    const year = Number(m[1]);
    add(m.index, m.index + m[0].length, year >= 1945 && year <= 2100 ? String(year) : null);
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Whether the clause after a person's name makes them take up or leave the offices a verb gives, and
 * where that verb stands: the first verb of office decides, unless a word of continuing or of the
 * future stands right before it ("tiếp tục giữ chức", "giới thiệu bầu").
 */
export function changeInClause(clause: string): { change: Change | null; at: number } | null {
  const end = END_VERB.exec(clause);
  START_VERB.lastIndex = 0;
  const start = START_VERB.exec(clause);
  if (end && (!start || end.index <= start.index)) return { change: 'ends', at: end.index };
  if (!start) return null;
  // "được bầu tiếp tục giữ chức", "chỉ định tái cử": the verb renews a holding that began before.
  const renews = CONTINUES_AFTER.test(clause.slice(start.index, start.index + start[0].length + 20));
  return { change: NO_START_BEFORE.test(clause.slice(0, start.index)) || renews ? null : 'starts', at: start.index };
}

const TERM = /nhiệm kỳ\s+(\d{4})\s*[-–—]\s*(\d{4})/iu;

/**
 * An election "nhiệm kỳ 2011-2016" happens in or just before that term: a date far from it (a page's
 * wrong date) cannot be the event's. Nor can a date from the middle of the term's last year on: by
 * then the next term has begun (councils are elected in the spring, party congresses end by the
 * autumn), so the article reports on the new term and the sentence looks back on the old one.
 */
function outsideTerm(sentence: string, date: string): boolean {
  const term = TERM.exec(sentence);
  if (!term) return false;
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)) || 1];
  const last = Number(term[2]);
  return year < Number(term[1]) - 1 || year > last || (year === last && month >= 6);
}

/**
 * The tenure a sentence states for a holding whose verb stands at `verbAt` (offset in the sentence):
 * a range opened before the verb ("Từ tháng 3/2019, …"), else, for a change, the date of the event
 * (the last date stated before the verb, else the article's event date).
 */
export function tenureOf(change: Change | null, sentence: string, verbAt: number, eventDate: string | null, eventDateStated = false): Tenure {
  const dates = statedDates(sentence, eventDate);
  const before = dates.filter((d) => d.at < verbAt);
  const from = before.find((d) => d.edge === 'from');
  if (from) {
    // "Từ ngày 1/3/2020, ông A thôi giữ chức …": from that day the holding is over.
    if (change === 'ends') return { until: from.iso };
    const to = dates.find((d) => d.at > from.at && d.edge === 'to');
    return { since: from.iso, ...(to ? { until: to.iso } : {}) };
  }
  if (!change) return {};
  // A plain date before the verb is the event's ("Ngày 10/5, … phân công ông X giữ chức …").
  const stated = before.filter((d) => d.edge === null).at(-1)?.iso;
  const eventAt = stated ?? eventDate;
  if (!eventAt || outsideTerm(sentence, eventAt)) return {};
  const basis = stated || eventDateStated ? {} : { ofArticleEvent: true };
  return change === 'starts' ? { since: eventAt, ...basis } : { until: eventAt, ...basis };
}

/**
 * "… giữ chức X thay ông Y": the person whose office the subject takes — the next person named after
 * the subject, right after a successor word ("thay", "thay cho"; "thay mặt" = on behalf of, is not one).
 * `persons` are the sentence's, with offsets in it, in order.
 */
export function predecessorOf<P extends { at: number }>(sentence: string, subjectEnd: number, persons: P[]): P | null {
  const next = persons.find((p) => p.at >= subjectEnd);
  return next && SUCCESSOR_BEFORE_NAME.test(sentence.slice(subjectEnd, next.at)) ? next : null;
}
