/**
 * Date parsing for article metadata: "13/01/2026", "2024-12-16", "Ngày 16/12", "04042022" in URLs.
 */

export interface DayMonth {
  day: number;
  month: number;
  year: number | null;
  /** How many days before the writing the event was: 1 for "hôm qua (23/9)", else 0. */
  daysBefore?: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO date, or null when the parts are not a real calendar date. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1945 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** A full date: "13/01/2026", "4-4-2022", "12 tháng 9 năm 2021", "2024-12-16". */
export const FULL_DATE = /(?<![\d/])(\d{1,2})(?:[/.-]|\s+tháng\s+)(\d{1,2})(?:[/.-]|\s+năm\s+)(\d{4})(?![\d/])|(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/gu;

/** Every full date written in a line, in order, as ISO strings. */
export function fullDatesIn(line: string): string[] {
  const dates: string[] = [];
  for (const m of line.matchAll(FULL_DATE)) {
    const date = m[1]
      ? isoDate(Number(m[3]), Number(m[2]), Number(m[1]))
      : isoDate(Number(m[4]), Number(m[5]), Number(m[6]));
    if (date) dates.push(date);
  }
  return dates;
}

// "sinh ngày 12/4/1971" is a birth date, not the event's.
const LEAD_DATE = /(?:^|(?<!sinh)[\s(])(?:ngày|sáng|chiều|tối|trưa|đêm)\s+(?:ngày\s+)?(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?(?![\d/-])/iu;
const LEAD_DATE_WORDS = /(?:^|(?<!sinh)[\s(])(?:ngày|sáng|chiều|tối|trưa)\s+(?:ngày\s+)?(\d{1,2}) tháng (\d{1,2})(?: năm (\d{4}))?/iu;

// "hôm nay (24/9)", "chiều qua (23/9)": today or yesterday, with the date in brackets.
const LEAD_RELATIVE = /(?:^|[\s,])(?:hôm|sáng|chiều|tối|trưa|đêm)\s+(nay|qua)\s*\((?:ngày\s+)?(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?\)/iu;
// A time of day with its date anywhere in the first sentence: "…, sáng 8/4.", "Tiếp tục chương trình, chiều 23/9, …".
const LEAD_TIME_OF_DAY = /[\s,](?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?(?![\d/-])/iu;

/**
 * The event date a lead sentence opens with: "Ngày 16/12, …", "Sáng 4-4-2022, …", "BDK.VN - Sáng 4-4, …",
 * or a time of day with its date further in its first sentence: "…, sáng 8/4.", "Tiếp tục chương trình
 * Đại hội, chiều 23/9, …". A bare "ngày" counts only in the opening: "… Kế hoạch số 43-KH/TU, ngày
 * 18/1/2022 …" dates a document, not the article; a time of day dates an event. "Hôm qua (23/9)" dates
 * the event the day before the writing.
 */
export function leadDate(text: string): DayMonth | null {
  const opening = text.slice(0, 45);
  const firstSentence = text.split(/(?<=[.!?])\s/u)[0] ?? '';
  const relative = LEAD_RELATIVE.exec(firstSentence);
  if (relative) return { day: Number(relative[2]), month: Number(relative[3]), year: relative[4] ? Number(relative[4]) : null, daysBefore: relative[1]!.toLowerCase() === 'qua' ? 1 : 0 };
  const m = LEAD_DATE.exec(opening) ?? LEAD_DATE_WORDS.exec(opening) ?? LEAD_TIME_OF_DAY.exec(firstSentence);
  if (!m) return null;
  return { day: Number(m[1]), month: Number(m[2]), year: m[3] ? Number(m[3]) : null };
}

// Years a news URL can carry: article ids ("-10032086.html") look like dates with years far ahead.
const URL_YEAR = String.raw`(?:199\d|20[0-3]\d)`;
const URL_SLASHED = new RegExp(String.raw`\/(${URL_YEAR})\/(\d{1,2})\/(\d{1,2})\/`);
const URL_DDMMYYYY = new RegExp(String.raw`[-_/](\d{2})(\d{2})(${URL_YEAR})[-_./]`);
// News sites append a timestamp: "-20250930112227375.htm".
const URL_YYYYMMDD = new RegExp(String.raw`[-_/](${URL_YEAR})(\d{2})(\d{2})(?:\d{6,9})?[-_./]`);

/** A date in a URL path: "/2022/04/04/", "-04042022-", "20221114". */
export function dateInUrl(url: string): string | null {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const slashed = URL_SLASHED.exec(path);
  if (slashed) return isoDate(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  const ddmmyyyy = URL_DDMMYYYY.exec(path);
  if (ddmmyyyy) return isoDate(Number(ddmmyyyy[3]), Number(ddmmyyyy[2]), Number(ddmmyyyy[1]));
  const yyyymmdd = URL_YYYYMMDD.exec(path);
  if (yyyymmdd) return isoDate(Number(yyyymmdd[1]), Number(yyyymmdd[2]), Number(yyyymmdd[3]));
  return null;
}
