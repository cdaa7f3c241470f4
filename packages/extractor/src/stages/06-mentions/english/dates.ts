/**
 * English: dates
 * ==============
 * Dates as English news writes them: "February 5, 2021", "Oct. 14, 2020", "14 October 2020", "on
 * October 12" (the year is the article's), "April 2010", "in 2019". ISO prefixes as precise as the text.
 * `statedTenure` reads the range a sentence gives a holding: "From April 2010 to August 2011, …",
 * "from 2015 to 2019", "until September 2015", "since March 2019".
 */
import { isoDate } from '../../04-metadata/dates.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
const monthOf = (word: string): number => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
const pad = (n: number): string => String(n).padStart(2, '0');

export interface EnglishDate {
  at: number;
  end: number;
  iso: string;
}

const DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})\s+(${MONTH})(?:,?\s+(\d{4}))?\b`, 'g');
const MONTH_FIRST = new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b(?![,.]?\d)`, 'g');
const MONTH_YEAR = new RegExp(String.raw`\b(${MONTH})\s+(?:of\s+)?(\d{4})\b`, 'g');

/** Every dated day or month in a text; a day without its year takes `year`. */
export function englishDatesIn(text: string, year: number | null): EnglishDate[] {
  const found: EnglishDate[] = [];
  const taken = (at: number, end: number): boolean => found.some((d) => at < d.end && end > d.at);
  const push = (at: number, end: number, iso: string | null): void => {
    if (iso && !taken(at, end)) found.push({ at, end, iso });
  };
  for (const m of text.matchAll(MONTH_FIRST)) {
    const y = m[3] ? Number(m[3]) : year;
    if (y) push(m.index!, m.index! + m[0].length, isoDate(y, monthOf(m[1]!), Number(m[2])));
  }
  for (const m of text.matchAll(DAY_FIRST)) {
    const y = m[3] ? Number(m[3]) : year;
    if (y) push(m.index!, m.index! + m[0].length, isoDate(y, monthOf(m[2]!), Number(m[1])));
  }
  for (const m of text.matchAll(MONTH_YEAR)) push(m.index!, m.index! + m[0].length, `${m[2]}-${pad(monthOf(m[1]!))}`);
  return found.sort((a, b) => a.at - b.at);
}

const POINT = String.raw`((?:${MONTH}\s+)?\d{4})`;
const RANGE = new RegExp(String.raw`\b[Ff]rom\s+${POINT}\s+(?:to|until|till)\s+${POINT}\b`);
const SINCE = new RegExp(String.raw`\b(?:[Ss]ince|[Ff]rom)\s+${POINT}\b`);
const UNTIL = new RegExp(String.raw`\b(?:until|till)\s+${POINT}\b`);

function pointIso(point: string): string {
  const m = new RegExp(String.raw`^(${MONTH})\s+(\d{4})$`).exec(point);
  return m ? `${m[2]}-${pad(monthOf(m[1]!))}` : point;
}

/** The since/until a sentence states for the holdings in it. */
export function statedTenure(sentence: string): { since?: string; until?: string } {
  const range = RANGE.exec(sentence);
  if (range) return { since: pointIso(range[1]!), until: pointIso(range[2]!) };
  const since = SINCE.exec(sentence);
  const until = UNTIL.exec(sentence);
  return { ...(since ? { since: pointIso(since[1]!) } : {}), ...(until ? { until: pointIso(until[1]!) } : {}) };
}
