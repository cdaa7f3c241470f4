/**
 * Persons: find
 * =============
 * A Vietnamese name is 2–5 capitalised syllables, surname first. We scan runs of capitalised words
 * and keep those that start with a known surname (or a weak one such as "A", "Y" right after a person
 * cue like "đồng chí"), dropping runs that are places or fixed expressions ("Thành phố Hồ Chí Minh",
 * "Châu Âu"). Bylines add single given names ("Thương - Thanh").
 */
import { readWordList, readWordSet } from '../../../lexicon/word-lists.js';
import { foldKey, normalizeTones } from '../../../text/normalize.js';
import type { Span } from '../../../types.js';

const SURNAMES = readWordSet('surnames.txt');
const WEAK_SURNAMES = readWordSet('weak-surnames.txt');
const NON_PERSON_NAMES = readWordSet('non-person-names.txt');
const CUES = readWordList('person-cues.txt').map(foldKey);
const BLOCKERS = readWordList('not-person-before.txt').map(foldKey);
/** Capitalised words that introduce a name rather than belong to it ("Ông Nguyễn Văn A"). */
const LEADING_CUE_WORDS = new Set(['ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'em', 'đồng']);

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

/** The lower-cased text just before `start` in the same sentence (for cues and blockers). */
function textBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - 60), start);
  const sentenceStart = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'));
  return foldKey(window.slice(sentenceStart + 1)) + ' ';
}

const endsWithPhrase = (before: string, phrases: string[]): boolean =>
  phrases.some((p) => before.endsWith(` ${p} `) || before === `${p} `);

/** A cue right before the name, or a name list opened by a cue ("các đồng chí: A Pớt, Y Thị …"). */
function hasPersonCue(before: string): boolean {
  if (endsWithPhrase(before, CUES)) return true;
  return /(?:đồng chí|ông|bà)[^.;]{0,80}, $/u.test(before);
}

/** Persons in a text, as spans with rule ids. `excluded` spans (e.g. provinces) are never part of a name. */
export function findPersons(text: string): Span[] {
  const spans: Span[] = [];
  for (let run of capitalisedRuns(text)) {
    // "Ông Nguyễn Văn A": the honorific is a cue, not a surname.
    if (run.length > 2 && LEADING_CUE_WORDS.has(run[0]!.key)) run = run.slice(1);
    const first = run[0]!;
    const before = textBefore(text, first.start);
    const strong = SURNAMES.has(first.key);
    const weak = WEAK_SURNAMES.has(first.key) && hasPersonCue(before);
    if (!(strong || weak) || run.length < 2 || run.length > 5) continue;
    const surface = text.slice(first.start, run[run.length - 1]!.end);
    if (NON_PERSON_NAMES.has(foldKey(surface))) continue;
    if (endsWithPhrase(before, BLOCKERS)) continue;
    spans.push({ start: first.start, end: first.start + surface.length, surface, rule: strong ? 'surname+given' : 'cue+weak-surname' });
  }
  return spans;
}

/** Given names of a byline ("Thương - Thanh"): each part of 1–5 capitalised words is a person. */
export function findBylinePersons(text: string, byline: string | null): Span[] {
  if (!byline) return [];
  const at = text.lastIndexOf(byline);
  if (at < 0) return [];
  const spans: Span[] = [];
  const parts = byline.split(/(\s+[-–—]\s+|,\s*)/);
  let offset = at;
  const nameLike = (part: string): boolean => /^(?:\p{Lu}[\p{Ll}\p{M}]*)(?: \p{Lu}[\p{Ll}\p{M}]*){0,4}$/u.test(part);
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
