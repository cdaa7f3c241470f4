/**
 * English: persons
 * ================
 * English-language pages write Vietnamese names surname first, with or without diacritics ("Vo Van
 * Thuong", "Trần Cẩm Tú"). A name is a run of 2–5 capitalised words, each a possible Vietnamese
 * syllable, that starts with a known surname (a weak one such as "Y" only after a cue like "Mr."),
 * is no place (a province, or a run followed by "City", "district" …) and no fixed expression.
 * Later the text shortens a name to its given name ("Phuc", "General Secretary Lâm"): a capitalised
 * word equal to the end of exactly one full name met before is that person.
 */
import { readWordList } from '../../../lexicon/word-lists.js';
import { asciiFold } from '../../../text/normalize.js';
import { escapeRegExp } from '../../../text/regex.js';
import type { Span } from '../../../types.js';
import { ENGLISH, foldEnglish, foldSameLength, provincePhrases } from './lexicon.js';

const SURNAMES = new Set(readWordList('surnames.txt').map(asciiFold));
const WEAK_SURNAMES = new Set(readWordList('weak-surnames.txt').map(asciiFold));
const NOT_NAMES = new Set(ENGLISH.notNames.map(foldEnglish));
const PROVINCE_FORMS = new Set(provincePhrases().map(([form]) => form));
const CUE = new RegExp(`(?:^|[\\s(])(?:${ENGLISH.personCues.map(escapeRegExp).join('|')})\\.?\\s$`, 'i');

// A Vietnamese syllable without its marks: an initial, a vowel group, a final ("nguyen", "khanh",
// "h'hen"); the Central Highlands names add clusters and finals ("Ksor", "Kdam", "Bih", "Mlô").
const SYLLABLE = /^(?:[bcdghklmnpqrstvx]'?)?(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bdhkmrs][dlmnr]?|[cglnptvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpthkrls]{1,2})?$/;
// English words that are also syllables but never part of a name ("An", "The" may be: Nguyễn Văn An).
const NOT_SYLLABLES = new Set(['in', 'on', 'at', 'as', 'he', 'she', 'so', 'no', 'me', 'we', 'us', 'it', 'is', 'or', 'by', 'up', 'go', 'be', 'hi', 'oh', 'am', 'mr', 'ms', 'mrs', 'dr', 'ex', 'new', 'vice', 'then', 'thus', 'chair', 'head', 'chief']);
// A capitalised run followed by one of these is a place or an institution, not a person.
const PLACE_AFTER = /^\s(?:City|Province|province|District|district|Town|town|Commune|commune|Ward|ward|Street|Road|Bridge|Airport|Port|River|Lake|Park|Square|University|Hospital|School|Pagoda|Temple|Bay|Island|Pass|Mountain)\b/;

const WORD = /[A-Z][a-z]*(?:'[A-Z]?[a-z]+)?/g;

const isNameWord = (word: string): boolean => {
  const key = word.toLowerCase();
  return SYLLABLE.test(key) && !NOT_SYLLABLES.has(key);
};

interface Word {
  start: number;
  end: number;
  key: string;
}

/** Runs of capitalised name-like words separated by single spaces, on the folded text. */
function nameRuns(folded: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  for (const m of folded.matchAll(WORD)) {
    const start = m.index!;
    const end = start + m[0].length;
    const glued = /[A-Za-z0-9]/.test(folded[start - 1] ?? '') || /[A-Za-z0-9]/.test(folded[end] ?? '');
    const previous = run[run.length - 1];
    if (glued || !isNameWord(m[0]) || (previous && folded.slice(previous.end, start) !== ' ')) {
      if (run.length) runs.push(run);
      run = [];
      if (glued || !isNameWord(m[0])) continue;
    }
    run.push({ start, end, key: m[0].toLowerCase() });
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Leading words of a run that name a province ("Yen Bai Nguyen Van A" → 2). */
function leadingPlaceWords(run: Word[]): number {
  for (let n = Math.min(4, run.length); n >= 1; n--) {
    if (PROVINCE_FORMS.has(run.slice(0, n).map((w) => w.key).join(' '))) return n;
  }
  return 0;
}

/** Full names in an English text, as spans of the original text. */
export function findEnglishPersons(text: string): Span[] {
  const folded = foldSameLength(text);
  const spans: Span[] = [];
  for (const run of nameRuns(folded)) {
    let words = run.slice(leadingPlaceWords(run));
    const first = words.findIndex((w) => SURNAMES.has(w.key) || WEAK_SURNAMES.has(w.key));
    if (first < 0) continue;
    words = words.slice(first, first + 5);
    if (words.length < 2) continue;
    const start = words[0]!.start;
    const end = words[words.length - 1]!.end;
    const key = folded.slice(start, end).toLowerCase();
    const cued = CUE.test(folded.slice(Math.max(0, start - 30), start));
    if (!SURNAMES.has(words[0]!.key) && !cued) continue;
    if (NOT_NAMES.has(key) || PROVINCE_FORMS.has(key) || PLACE_AFTER.test(folded.slice(end, end + 12))) continue;
    spans.push({ start, end, surface: text.slice(start, end), rule: cued ? 'en:cue+name' : 'en:surname+given' });
  }
  return spans;
}

/**
 * Short references to persons named in full earlier: the given name alone ("Phuc said …") or the
 * last two syllables, when exactly one full name met before ends so. Each carries the full name.
 */
export function findShortReferences(text: string, persons: Span[]): Span[] {
  const folded = foldSameLength(text);
  const refs: Span[] = [];
  const byStart = [...persons].sort((a, b) => a.start - b.start);
  const byEnd = [...persons].sort((a, b) => a.end - b.end);
  // Full names met before the word, by their last word and their last two words: each folded name
  // with the latest person written so.
  const endingIn = new Map<string, Map<string, Span>>();
  const meet = (person: Span): void => {
    const parts = folded.slice(person.start, person.end).toLowerCase().split(' ');
    for (const ending of [parts.length > 1 ? parts.at(-1)! : null, parts.length > 2 ? parts.slice(-2).join(' ') : null]) {
      if (ending === null) continue;
      const names = endingIn.get(ending) ?? new Map<string, Span>();
      const name = asciiFold(person.surface);
      names.delete(name);
      names.set(name, person);
      endingIn.set(ending, names);
    }
  };
  let met = 0;
  let opened = 0;
  let coveredTo = -1;
  const words = [...folded.matchAll(/(?<![A-Za-z'])[A-Z][a-z]+(?![A-Za-z'])/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, key: m[0].toLowerCase() }));
  words.forEach((word, i) => {
    for (; met < byEnd.length && byEnd[met]!.end <= word.start; met++) meet(byEnd[met]!);
    for (; opened < byStart.length && byStart[opened]!.start <= word.start; opened++) coveredTo = Math.max(coveredTo, byStart[opened]!.end);
    // Inside a full name, or inside the reference just found.
    if (coveredTo > word.start || (refs.length && word.start < refs.at(-1)!.end)) return;
    const next = words[i + 1];
    const pair = next && next.start === word.end + 1 ? { ...word, end: next.end, key: `${word.key} ${next.key}` } : null;
    for (const candidate of [pair, word]) {
      if (!candidate) continue;
      const named = endingIn.get(candidate.key);
      // A given name that is also a province ("Hue") stays the province.
      if (named?.size !== 1 || PROVINCE_FORMS.has(candidate.key)) continue;
      const full = [...named.values()][0]!;
      refs.push({ start: candidate.start, end: candidate.end, surface: text.slice(candidate.start, candidate.end), rule: 'en:short-reference', name: full.surface });
      return;
    }
  });
  return refs;
}
