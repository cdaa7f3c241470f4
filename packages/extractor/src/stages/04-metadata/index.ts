/**
 * Stage 04: metadata
 * ==================
 * Title, publication date, byline and source of one article. Explicit metadata (front matter, JSONL
 * fields) wins; otherwise the page is read: the date stamp next to the title is the article's own
 * date (a page header may also carry a page-update date), then a date in the URL, then the lead's
 * "Ngày 16/12" completed with a year the page gives.
 */
import { readLexiconJson } from '../../lexicon/word-lists.js';
import { longestFirst } from '../../text/regex.js';
import type { RawArticle } from '../../types.js';
import type { CleanedPage } from '../03-clean/index.js';
import { splitSentences } from '../05-sentences/index.js';
import { FULL_DATE, dateInUrl, fullDatesIn, isoDate, leadDate, type DayMonth } from './dates.js';
import { findByline } from './byline.js';
import { findSource } from './source.js';

export interface ArticleMetadata {
  title: string | null;
  published: string | null;
  /** How the date was found: given | header | url | lead | null. */
  publishedFrom: string | null;
  url: string | null;
  source: string | null;
  byline: string | null;
  /** The date of the event the lead reports ("Ngày 16/12, …"), completed with the article's year. */
  eventDate: string | null;
}

/**
 * Dates in the page header lines, split by where they stand: a stamp printed after the title is the
 * article's own date; one before it may be the site's page or crawl date.
 */
function headerDates(page: CleanedPage, pageText: string): { afterTitle: string | null; beforeTitle: string | null } {
  const titleAt = page.title ? pageText.indexOf(page.title) : -1;
  const isAfter = (line: string): boolean => titleAt >= 0 && pageText.indexOf(line, titleAt) > titleAt;
  const firstDate = (lines: string[]): string | null => lines.flatMap(fullDatesIn)[0] ?? null;
  return {
    afterTitle: firstDate(page.headerLines.filter(isAfter)),
    beforeTitle: firstDate(page.headerLines.filter((line) => !isAfter(line))),
  };
}

const BIRTH_DATE = /(?<![\p{L}\p{M}])sinh\s+(?:ngày\s+)?[\d/.\s-]+(?:tháng\s+\d+\s+năm\s+\d{4})?/giu;

// A date in running text: "Ngày 12/1/2016, Thủ tướng đã ký …", "Trước đó, sáng 11-12-2012, …" tell of an event.
// (A weekday dateline, "Thứ Hai, ngày 15/07/2022", is read as a header stamp by 03-clean.)
const RUNNING_TEXT_DATE = /(?:^|[\s,(])(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\s+$/iu;

/** A dateline at the start of one of the first paragraphs: "PV - 14:24, 15/07/2022", "Thế Kha| 11/08/2022 18:31". */
function datelineDate(page: CleanedPage): string | null {
  for (const paragraph of page.paragraphs.slice(0, 4)) {
    // "Ông A sinh ngày 21/10/1968; …" opens a biography: a birth date, not the page's.
    const opening = paragraph.slice(0, 40).replace(BIRTH_DATE, (birth) => ' '.repeat(birth.length));
    const date = [...opening.matchAll(FULL_DATE)].find((m) => !RUNNING_TEXT_DATE.test(opening.slice(0, m.index)));
    if (date) return fullDatesIn(date[0])[0] ?? null;
  }
  return null;
}

/** The lead's day and month, with the year taken from a page date on that day, else the body's own year. */
function leadPublished(page: CleanedPage, dayMonth: DayMonth | null): string | null {
  const event = leadEventDay(page, dayMonth);
  // "Hôm qua (23/9), …" was written the day after.
  return event && dayMonth?.daysBefore ? dayAfter(event, dayMonth.daysBefore) : event;
}

/** An ISO day `days` later. */
function dayAfter(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The lead's event day: its day and month, with a year from the page or the body. */
function leadEventDay(page: CleanedPage, dayMonth: DayMonth | null): string | null {
  if (!dayMonth) return null;
  if (dayMonth.year) return isoDate(dayMonth.year, dayMonth.month, dayMonth.day);
  const suffix = `-${String(dayMonth.month).padStart(2, '0')}-${String(dayMonth.day).padStart(2, '0')}`;
  const pageDates = [...page.headerLines, ...page.trailerLines].flatMap(fullDatesIn);
  const sameDay = pageDates.find((date) => date.endsWith(suffix));
  if (sameDay) return sameDay;
  const stamped = monthStampYear(page.headerLines, dayMonth.month);
  if (stamped) return isoDate(stamped, dayMonth.month, dayMonth.day);
  const body = page.paragraphs.join(' ');
  // A report on a congress or a first session (named in the lead, as the event reported) is dated by
  // its term, which no passing mention of another year outweighs.
  const year = termStart(leadParagraphs(page, dayMonth)) ?? yearOfDateJustBefore(body, dayMonth) ?? latestStatedYear(body, dayMonth.month);
  return year ? isoDate(year, dayMonth.month, dayMonth.day) : null;
}

const SENTENCE_OPENING_DATE = /(?:^|[.\n]\s*|\s{2})(?:Ngày|Sáng|Chiều|Tối|Trưa|Hôm)\s+(?:ngày\s+)?(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s*,/gu;

/** How far before a reported event the body's dated steps that led to it go (a decision signed, then handed over). */
const STEP_BEFORE_DAYS = 60;

/**
 * The year that puts the lead's day shortly after a full date the body gives ("Ngày 12/1/2016, Thủ
 * tướng đã ký quyết định …" in a report of "Sáng 15/1": 2016), the latest such; null when none is near.
 */
function yearOfDateJustBefore(body: string, dayMonth: DayMonth): number | null {
  // Only dates that open a sentence of the body ("Ngày 12/1/2016, Thủ tướng …"), not a cited document's date.
  const opening = [...body.matchAll(SENTENCE_OPENING_DATE)].map((m) => m[1]!);
  const years = opening.flatMap(fullDatesIn).flatMap((date) => {
    const year = Number(date.slice(0, 4));
    return [year, year + 1].filter((candidate) => {
      const lead = isoDate(candidate, dayMonth.month, dayMonth.day);
      const days = lead ? (Date.parse(lead) - Date.parse(date)) / 86_400_000 : -1;
      return days >= 0 && days <= STEP_BEFORE_DAYS;
    });
  });
  return years.length ? Math.max(...years) : null;
}

/**
 * A page stamp of month precision ("2017-12") dates the page in that month: a lead day in a month up to
 * it is of that year, a later month of the year before.
 */
function monthStampYear(headerLines: string[], leadMonth: number): number | null {
  for (const line of headerLines) {
    const stamp = /(?<![\d-])(\d{4})-(\d{2})(?![\d-])/u.exec(line);
    if (!stamp) continue;
    const [year, month] = [Number(stamp[1]), Number(stamp[2])];
    if (year >= 1990 && year <= 2100 && month >= 1 && month <= 12) return leadMonth <= month ? year : year - 1;
  }
  return null;
}

/** The lead's day and month in the year of the publication date (an event reported soon after). */
function eventDateInYear(dayMonth: DayMonth | null, published: string | null): string | null {
  if (!dayMonth || !published) return null;
  // "Hôm qua (31/12)" in a page of 1 January: the year before.
  const before = dayMonth.daysBefore ? dayAfter(published, -dayMonth.daysBefore) : null;
  if (before && before.endsWith(`-${String(dayMonth.month).padStart(2, '0')}-${String(dayMonth.day).padStart(2, '0')}`)) return before;
  return isoDate(dayMonth.year ?? Number(published.slice(0, 4)), dayMonth.month, dayMonth.day);
}

/**
 * The latest year the body states as a year of work ("năm 2023", "nhiệm vụ năm 2024"): news reports
 * an event of the current year, and looks back or ahead by a year at most. Targets ("đến năm 2030")
 * and ranges ("giai đoạn 2021-2025", "nhiệm kỳ 2020 - 2025") are not the current year.
 */
function latestStatedYear(body: string, leadMonth: number): number | null {
  // No page is published after today: a later year is a goal ("… vào năm 2030").
  const thisYear = new Date().getUTCFullYear();
  const years = [...body.matchAll(/(?<!(?:đến|tới|tầm nhìn|trước|sau)\s)năm (\d{4})(?!\s*[-–—]\s*\d{4})/gu)]
    .map((m) => Number(m[1]) + (leadMonth <= yearReviews.lastMonth && YEAR_REVIEW.test(body.slice(Math.max(0, m.index! - 40), m.index)) ? 1 : 0))
    .filter((y) => y >= 1990 && y <= thisYear);
  return years.length ? Math.max(...years) : null;
}

const { termCongresses, termOpeners, termOpenerNotAfter, termMeetingsFirst, yearReviews } = readLexiconJson<{
  yearReviews: { words: string[]; lastMonth: number };
  termCongresses: string[];
  termOpeners: string[];
  termOpenerNotAfter: string[];
  termMeetingsFirst: { meetings: string[]; first: string[] };
}>('tenure.json');
// "tổng kết công tác năm 2023" within a few words before the year.
const YEAR_REVIEW = new RegExp(`(?:${longestFirst(yearReviews.words)})(?![\\p{L}\\p{M}])[^.\\n]{0,30}$`, 'iu');
const NOT_AFTER = `(?<!(?:^|[\\s(])(?:${longestFirst(termOpenerNotAfter)})\\s)`;
const TERM_SOURCE = String.raw`nhiệm kỳ (\d{4})\s*[-–—]\s*\d{4}`;
const TERM = new RegExp(TERM_SOURCE, 'u');
// A congress named before its term (in one sentence: termStart splits them); a first session or plenum
// on either side of it.
const CONGRESS_THEN_TERM = new RegExp(`${NOT_AFTER}(?:${longestFirst(termCongresses)})(?![\\p{L}\\p{M}]).{0,200}?${TERM_SOURCE}`, 'iu');
const FIRST_MEETING = new RegExp(
  `${NOT_AFTER}(?:(?:${longestFirst(termOpeners)})|(?:${longestFirst(termMeetingsFirst.meetings)})(?:\\s+[\\p{L}\\p{M}\\d]+){0,8}?\\s+(?:${longestFirst(termMeetingsFirst.first)}))(?![\\p{L}\\p{M}])`,
  'iu',
);
/** Portal pages put a breadcrumb and the title again before the lead: it is looked for this far in. */
const LEAD_SEARCH = 5;

/**
 * The lead: the paragraphs near the top dated with the lead's day ("Sáng 25/9, Đại hội …" may follow a
 * summary ending "…, sáng 25/9."), which name the event an article reports; a later paragraph dated
 * otherwise tells of something else ("Trước đó, ngày 27/6, …").
 */
function leadParagraphs(page: CleanedPage, dayMonth: DayMonth): string {
  const sameDay = (found: DayMonth | null): boolean => found !== null && found.day === dayMonth.day && found.month === dayMonth.month;
  return page.paragraphs
    .slice(0, LEAD_SEARCH)
    .filter((paragraph) => sameDay(leadDate(paragraph)))
    .join('\n');
}
/**
 * A report on an event that opens a term (a congress, the first session of a council or plenum of a
 * committee: lexicons/tenure.json termOpeners) of "nhiệm kỳ 2020 - 2025", named in one sentence, is dated
 * in the term's first year.
 */
function termStart(body: string): number | null {
  // The project's sentences: not cut at an abbreviation's dot ("Đảng bộ TP. Hồ Chí Minh").
  for (const { text: sentence } of splitSentences(body)) {
    const congress = CONGRESS_THEN_TERM.exec(sentence);
    if (congress) return Number(congress[1]);
    const term = TERM.exec(sentence);
    if (term && FIRST_MEETING.test(sentence)) return Number(term[1]);
  }
  return null;
}

/** Metadata of one article. `pageText` is the text the page was cleaned from. */
export function readMetadata(raw: RawArticle, page: CleanedPage, pageText: string): ArticleMetadata {
  const url = raw.given.url ?? null;
  const header = headerDates(page, pageText);
  // The lead's "Ngày 16/12, …": a fallback publication date, and the date of the event it reports.
  // Portal pages put a breadcrumb and the title again before the lead: look a few paragraphs in.
  const dayMonth = page.paragraphs.slice(0, LEAD_SEARCH).map(leadDate).find((found) => found !== null) ?? null;
  const lead = leadPublished(page, dayMonth);
  const dated: Array<[string | null, string]> = [
    [raw.given.published ? (fullDatesIn(raw.given.published)[0] ?? raw.given.published) : null, 'given'],
    [header.afterTitle, 'header'],
    [datelineDate(page), 'dateline'],
    [header.beforeTitle, 'header'],
    [url ? dateInUrl(url) : null, 'url'],
    [lead, 'lead'],
  ];
  const [published, publishedFrom] = dated.find(([date]) => date !== null) ?? [null, null];
  return {
    title: raw.given.title ?? page.title,
    published,
    publishedFrom,
    url,
    source: raw.given.source ?? findSource(page.paragraphs),
    byline: findByline(page.paragraphs),
    eventDate: eventDateInYear(dayMonth, published) ?? leadEventDay(page, dayMonth),
  };
}
