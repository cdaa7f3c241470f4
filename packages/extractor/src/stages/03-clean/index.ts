/**
 * Stage 03: clean
 * ===============
 * Keeps the article body of a scraped page: drops page-header stamps, navigation, footers (comments,
 * related-news teasers, "Văn bản mới" sidebars), counters and duplicated photo captions. The result is
 * the cleaned text every later offset points into, plus the header lines metadata is read from.
 */
import { readLexiconJson } from '../../lexicon/word-lists.js';

interface ClutterLexicon {
  endOfBody: string[];
  dropLine: string[];
  headerLine: string[];
  headerPrefix: string[];
}

const clutter = readLexiconJson<ClutterLexicon>('page-clutter.json');
const compile = (patterns: string[]): RegExp[] => patterns.map((p) => new RegExp(p, 'iu'));
const END_OF_BODY = compile(clutter.endOfBody);
const DROP_LINE = compile(clutter.dropLine);
const HEADER_LINE = compile(clutter.headerLine);
const HEADER_PREFIX = compile(clutter.headerPrefix);

export interface CleanedPage {
  /** Title line (first body line) or null when the page has none. */
  title: string | null;
  /** Lines before the title: dates, update stamps. */
  headerLines: string[];
  /** The kept body paragraphs (title first), in page order. */
  paragraphs: string[];
  /** Everything after the body ends (footers, teasers): read only for date hints, never for facts. */
  trailerLines: string[];
  /** paragraphs joined by blank lines: the text that evidence offsets index. */
  text: string;
}

const matchesAny = (line: string, patterns: RegExp[]): boolean => patterns.some((re) => re.test(line));

/** A line that is the title: long enough to be a sentence-like headline and not a header stamp. */
function isTitleCandidate(line: string): boolean {
  return line.length >= 15 && !matchesAny(line, HEADER_LINE) && !matchesAny(line, DROP_LINE);
}

/** Clean one page. Pure: the same page gives the same text. */
export function cleanPage(pageText: string): CleanedPage {
  const headerLines: string[] = [];
  const lines = pageText
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .map((line) => {
      // A stamp opening a body line ("date 2017-12 Ngày 10/5, …") is header, the rest is body.
      const prefix = HEADER_PREFIX.map((re) => re.exec(line)?.[0]).find(Boolean);
      if (!prefix) return line;
      headerLines.push(prefix);
      return line.slice(prefix.length).trim();
    });
  let index = 0;
  // Leading header stamps, blank lines and debris come before the title.
  while (index < lines.length && !isTitleCandidate(lines[index]!)) {
    if (lines[index]) headerLines.push(lines[index]!);
    index++;
  }
  const paragraphs: string[] = [];
  const seen = new Set<string>();
  const trailerLines: string[] = [];
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (!line) continue;
    // A footer marker ends the body once some body is there (a marker in the header is navigation).
    if (paragraphs.length >= 2 && matchesAny(line, END_OF_BODY)) {
      trailerLines.push(...lines.slice(index).filter(Boolean));
      break;
    }
    if (matchesAny(line, DROP_LINE)) continue;
    // Date stamps right after the title belong to the header (article date, time).
    if (matchesAny(line, HEADER_LINE) && line.length < 60) {
      headerLines.push(line);
      continue;
    }
    // Photo captions and titles are often printed twice: keep the first.
    if (seen.has(line)) continue;
    seen.add(line);
    paragraphs.push(line);
  }
  return {
    title: paragraphs[0] ?? null,
    headerLines,
    paragraphs,
    trailerLines,
    text: paragraphs.join('\n\n'),
  };
}
