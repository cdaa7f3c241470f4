/**
 * Persons: find
 * =============
 * A Vietnamese name is 2–5 capitalised syllables, surname first. We scan runs of capitalised words
 * and keep those that start with a known surname (or a weak one such as "A", "Y" right after a person
 * cue like "đồng chí"), dropping runs that are places or fixed expressions ("Thành phố Hồ Chí Minh",
 * "Châu Âu"). Bylines add single given names ("Thương - Thanh").
 */
import { provinceNamedBy } from '../../../lexicon/provinces.js';
import { readLexiconJson, readWordList, readWordSet } from '../../../lexicon/word-lists.js';
import { foldKey, normalizeTones } from '../../../text/normalize.js';
import type { Span } from '../../../types.js';
import { endsWithAbbreviation } from '../../05-sentences/index.js';

const SURNAMES = readWordSet('surnames.txt');
const WEAK_SURNAMES = readWordSet('weak-surnames.txt');
const NON_PERSON_NAMES = readWordSet('non-person-names.txt');
const CUES = readWordList('person-cues.txt').map(foldKey);
const BLOCKERS = readWordList('not-person-before.txt').map(foldKey);
const FAMOUS_NAMES = readWordSet('famous-names.txt');
const TITLE_PHRASES = readWordSet('title-words.txt');
/** Capitalised words that introduce a name rather than belong to it ("Ông Nguyễn Văn A"). */
const LEADING_CUE_WORDS = new Set(['ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'em']);

// A capitalised word: one upper-case letter, then lower-case letters (H'Hen, Kpă); no digits.
const WORD = /\p{Lu}[\p{Ll}\p{M}]*(?:'\p{Lu}?[\p{Ll}\p{M}]+)?/gu;

interface Word {
  start: number;
  end: number;
  key: string;
}

/** Runs of capitalised words separated by single spaces. */
function capitalisedRuns(text: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    const end = start + m[0].length;
    // The match must be a whole word: no letter glued on either side.
    if (/[\p{L}\p{M}\d]/u.test(text[start - 1] ?? '') || /[\p{L}\p{M}\d]/u.test(text[end] ?? '')) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    const previous = run[run.length - 1];
    if (previous && text.slice(previous.end, start) !== ' ') {
      runs.push(run);
      run = [];
    }
    run.push({ start, end, key: foldKey(m[0]) });
  }
  if (run.length) runs.push(run);
  return runs;
}

/**
 * The lower-cased text just before `start` in the same sentence (for cues and blockers). A sentence
 * ends at ". " or a line break, not at an abbreviation's dot ("TP. Hồ Chí Minh": 05-sentences' list).
 */
function textBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - 60), start);
  let sentenceStart = -1;
  for (const end of window.matchAll(/\.\s|\n/g)) {
    if (end[0] === '\n' || !endsWithAbbreviation(window.slice(0, end.index + 1))) sentenceStart = end.index + end[0].length - 1;
  }
  return foldKey(window.slice(sentenceStart + 1)) + ' ';
}

const endsWithPhrase = (before: string, phrases: string[]): boolean =>
  phrases.some((p) => before.endsWith(` ${p} `) || before === `${p} `);

/** A cue right before the name, or a name list opened by a cue ("các đồng chí: A Pớt, Y Thị …"). */
function hasPersonCue(before: string): boolean {
  if (endsWithPhrase(before, CUES)) return true;
  return /(?:đồng chí|ông|bà)[^.;]{0,80}, $/u.test(before);
}

/** The word and the lower-case word after it begin an office or body ("Ủy viên", "Thanh niên"). */
function startsTitlePhrase(text: string, word: Word): boolean {
  const next = /^ ([\p{Ll}][\p{L}\p{M}]*)/u.exec(text.slice(word.end, word.end + 20));
  return next !== null && TITLE_PHRASES.has(`${word.key} ${foldKey(next[1]!)}`);
}

/** Number of leading words of a run that form a province name ("Hà Giang Nguyễn Văn Sơn" → 2). */
function leadingProvinceWords(text: string, run: Word[]): number {
  for (let n = Math.min(4, run.length); n >= 1; n--) {
    if (provinceNamedBy(text.slice(run[0]!.start, run[n - 1]!.end))) return n;
  }
  return 0;
}

const { unitWords, committeeWords, placeNameWords } = readLexiconJson<{ unitWords: string[]; committeeWords: string[]; placeNameWords: number }>('places-before.json');
const UNIT_WORDS = unitWords.map(foldKey);
const COMMITTEE_WORDS = committeeWords.map(foldKey);

// The last words of unit and committee phrases ("xã", "ủy"): a cheap look before the exact test.
const LAST_WORDS = new Set([...UNIT_WORDS, ...COMMITTEE_WORDS].map((phrase) => phrase.split(' ').pop()!).flatMap((word) => [word, word.replace('ủy', 'uỷ')]));

/**
 * A run that names the place a unit word before it opens ("huyện Trà Cú", "xã Tam Quan Bắc", "Huyện
 * ủy Mường Chà"), by its length: the whole of it is skipped, or none.
 */
function placeWordsAfterUnit(text: string, run: Word[]): number {
  const start = run[0]!.start;
  if (text[start - 1] !== ' ') return 0;
  const wordStart = text.lastIndexOf(' ', start - 2) + 1;
  if (!LAST_WORDS.has(text.slice(wordStart, start - 1).toLowerCase())) return 0;
  const before = textBefore(text, start);
  const short = run.length <= placeNameWords;
  if (endsWithPhrase(before, UNIT_WORDS)) return short || (run.length === placeNameWords + 1 && !SURNAMES.has(run[0]!.key)) ? run.length : 0;
  return endsWithPhrase(before, COMMITTEE_WORDS) && short ? run.length : 0;
}

/**
 * The name inside one run of capitalised words: leading place names and honorifics are skipped
 * ("Hà Giang Nguyễn Văn Sơn", "Ông Nguyễn Văn A"), the name starts at the first surname ("Văn phòng
 * Trung ương Đảng Lâm Thị Phương Thanh"), and trailing office words are dropped ("Đoàn Chủ tịch").
 */
function nameInRun(text: string, run: Word[]): { words: Word[]; weak: boolean } | null {
  let words = run.slice(leadingProvinceWords(text, run) || placeWordsAfterUnit(text, run));
  if (words.length && LEADING_CUE_WORDS.has(words[0]!.key)) words = words.slice(1);
  const last = words[words.length - 1];
  if (last && startsTitlePhrase(text, last)) words = words.slice(0, -1);
  const first = words.findIndex((w) => SURNAMES.has(w.key) || WEAK_SURNAMES.has(w.key));
  if (first < 0) return null;
  words = words.slice(first);
  const weak = !SURNAMES.has(words[0]!.key);
  if (weak && !hasPersonCue(textBefore(text, words[0]!.start))) return null;
  return words.length >= 2 && words.length <= 5 ? { words, weak } : null;
}

const nameCues = readLexiconJson<{ strongCues: string[]; minWords: number; maxWords: number; notFirstWords: string[] }>('name-cues.json');
const STRONG_CUES = nameCues.strongCues.map(foldKey);
const NOT_FIRST_WORDS = new Set(nameCues.notFirstWords.map(foldKey));

/**
 * "đồng chí Tất Thành Cang": a name whose family name the list does not know, by its cue — three or four
 * capitalised words right after "đồng chí"/"ông"/"bà" that do not begin like an organisation or office.
 */
function cuedName(text: string, run: Word[]): Word[] | null {
  const words = LEADING_CUE_WORDS.has(run[0]!.key) ? run.slice(1) : run;
  if (words.length < nameCues.minWords || words.length > nameCues.maxWords || NOT_FIRST_WORDS.has(words[0]!.key)) return null;
  // Without "Ông"/"Bà" opening the run, the cue stands before it: a cheap look at the word, then the exact test.
  const start = words[0]!.start;
  if (words === run && (!/(?:ông|bà|chí)\s$/iu.test(text.slice(Math.max(0, start - 5), start)) || !endsWithPhrase(textBefore(text, start), STRONG_CUES))) return null;
  if (startsTitlePhrase(text, words[words.length - 1]!) || words.some((w) => w.end - w.start > 7)) return null;
  return words;
}

/** Persons in a text, as spans with the rule that found each. */
export function findPersons(text: string): Span[] {
  const spans: Span[] = [];
  for (const run of capitalisedRuns(text)) {
    const known = nameInRun(text, run);
    // "đồng chí Tất Văn Cang": the whole run after the cue, not the part from a later family name ("Văn").
    const cued = cuedName(text, run);
    const name = cued && (!known || known.words[0] !== cued[0]) ? { words: cued, weak: false, cued: true } : known;
    if (!name) continue;
    const start = name.words[0]!.start;
    const surface = text.slice(start, name.words[name.words.length - 1]!.end);
    const key = foldKey(surface);
    if (NON_PERSON_NAMES.has(key) || provinceNamedBy(surface)) continue;
    if (FAMOUS_NAMES.has(key) && endsWithPhrase(textBefore(text, start), BLOCKERS)) continue;
    const rule = 'cued' in name ? 'cue+unknown-surname' : name.weak ? 'cue+weak-surname' : 'surname+given';
    spans.push({ start, end: start + surface.length, surface, rule });
  }
  return spans;
}

/** Persons of a byline ("Hồng Nhung - Quang Vinh"): each part of 2–5 capitalised words is a person. */
export function findBylinePersons(text: string, byline: string | null): Span[] {
  if (!byline) return [];
  const at = text.lastIndexOf(byline);
  if (at < 0) return [];
  const spans: Span[] = [];
  const parts = byline.split(/(\s+[-–—]\s+|,\s*)/);
  let offset = at;
  // A full name (2–5 words); given names alone ("Thương - Thanh") are pen names, not persons.
  const nameLike = (part: string): boolean => /^(?:\p{Lu}[\p{Ll}\p{M}]*)(?: \p{Lu}[\p{Ll}\p{M}]*){1,4}$/u.test(part);
  const allNames = parts.filter((_, i) => i % 2 === 0).every(nameLike);
  for (const [i, part] of parts.entries()) {
    const isName = i % 2 === 0 && nameLike(part) && (allNames || i === 0);
    if (isName) spans.push({ start: offset, end: offset + part.length, surface: part, rule: 'byline' });
    offset += part.length;
  }
  return spans;
}

/** The canonical form of a name: NFC, new-style tones, single spaces. */
export function canonicalName(surface: string): string {
  return normalizeTones(surface).replace(/\s+/g, ' ').trim();
}
