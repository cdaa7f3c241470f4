/**
 * Stage 04: metadata
 * ==================
 * Title, publication date, byline and source of one article. Explicit metadata (front matter, JSONL
 * fields) wins; otherwise the page is read: the date stamp next to the title is the article's own
 * date (a page header may also carry a page-update date), then a date in the URL, then the lead's
 * "Ngày 16/12" completed with a year the page gives.
 */
import type { RawArticle } from '../../types.js';
import type { CleanedPage } from '../03-clean/index.js';
import { dateInUrl, fullDatesIn, isoDate, leadDate } from './dates.js';
import { findByline } from './byline.js';

export interface ArticleMetadata {
  title: string | null;
  published: string | null;
  /** How the date was found: given | header | url | lead | null. */
  publishedFrom: string | null;
  url: string | null;
  source: string | null;
  byline: string | null;
}

/** The article's own date from the page header lines, preferring the stamp printed after the title. */
function headerDate(page: CleanedPage, pageText: string): string | null {
  // Header lines after the title are the article's own stamp; those before it may be the site's.
  const titleAt = page.title ? pageText.indexOf(page.title) : -1;
  const afterTitle = page.headerLines.filter((line) => titleAt >= 0 && pageText.indexOf(line, titleAt) > titleAt);
  for (const line of [...afterTitle, ...page.headerLines]) {
    const [date] = fullDatesIn(line);
    if (date) return date;
  }
  return null;
}

/** The lead's day and month, with the year taken from a page date on that day, else the body's own year. */
function leadPublished(page: CleanedPage): string | null {
  const lead = page.paragraphs.slice(0, 3).join(' ');
  const dayMonth = leadDate(lead);
  if (!dayMonth) return null;
  if (dayMonth.year) return isoDate(dayMonth.year, dayMonth.month, dayMonth.day);
  const suffix = `-${String(dayMonth.month).padStart(2, '0')}-${String(dayMonth.day).padStart(2, '0')}`;
  const pageDates = [...page.headerLines, ...page.trailerLines].flatMap(fullDatesIn);
  const sameDay = pageDates.find((date) => date.endsWith(suffix));
  return sameDay ?? null;
}

/** Metadata of one article. `pageText` is the text the page was cleaned from. */
export function readMetadata(raw: RawArticle, page: CleanedPage, pageText: string): ArticleMetadata {
  const url = raw.given.url ?? null;
  const dated: Array<[string | null, string]> = [
    [raw.given.published ? (fullDatesIn(raw.given.published)[0] ?? raw.given.published) : null, 'given'],
    [headerDate(page, pageText), 'header'],
    [url ? dateInUrl(url) : null, 'url'],
    [leadPublished(page), 'lead'],
  ];
  const [published, publishedFrom] = dated.find(([date]) => date !== null) ?? [null, null];
  return {
    title: raw.given.title ?? page.title,
    published,
    publishedFrom,
    url,
    source: raw.given.source ?? null,
    byline: findByline(page.paragraphs),
  };
}
