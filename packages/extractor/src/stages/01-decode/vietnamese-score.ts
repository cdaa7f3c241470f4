/**
 * How much a text looks like Vietnamese and like English: the share of its words that are among the
 * most frequent words of news in that language (lexicons/common-words.json), minus a penalty for
 * replacement characters. decode uses it to choose between candidate decodings of a file in an
 * unknown encoding; input uses it to tell an article from a non-article; the pipeline to choose the
 * article's language. Both shares come from one pass over the words: it is the costliest scan of an
 * article, and every caller that asks for one share soon asks for the other.
 */
import { readLexiconJson } from '../../lexicon/word-lists.js';

const commonWords = readLexiconJson<{ vi: string[]; en: string[] }>('common-words.json');
const VIETNAMESE = new Set(commonWords.vi);
const ENGLISH = new Set(commonWords.en);

export interface LanguageShares {
  vi: number;
  en: number;
  /** Words counted (letters and marks). */
  words: number;
}

// The last text scored and its shares: input, decode and the pipeline score the same text in turn.
let last: { text: string; shares: LanguageShares } | null = null;

/** The shares over the whole text. */
export function languageShares(text: string): LanguageShares {
  if (last?.text === text) return last.shares;
  const shares = sharesOf(text);
  last = { text, shares };
  return shares;
}

/**
 * The shares over the text's first `chars` characters (cut at a space), for callers that only need
 * the language: an article keeps to its language, and its first page of words says which.
 */
export function leadingLanguageShares(text: string, chars: number): LanguageShares {
  if (text.length <= chars) return languageShares(text);
  const cut = text.lastIndexOf(' ', chars);
  return sharesOf(text.slice(0, cut > 0 ? cut : chars));
}

// A word: a run of anything but spaces, digits, ASCII and Latin-1 punctuation, general punctuation and
// the replacement character. On news text that is the run of letters and marks \p{L}\p{M} finds, and
// a regular expression without Unicode properties reads it several times faster.
const WORD = /[^\s\d!-@[-`{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u3000-\u303f\ufffd]+/g;

function sharesOf(text: string): LanguageShares {
  const words = text.normalize('NFC').toLowerCase().match(WORD) ?? [];
  let vi = 0;
  let en = 0;
  for (const word of words) {
    if (VIETNAMESE.has(word)) vi++;
    if (ENGLISH.has(word)) en++;
  }
  const replacements = words.length === 0 ? 0 : (text.match(/\uFFFD/g) ?? []).length;
  const share = (hits: number): number => (words.length === 0 ? 0 : (hits - replacements) / words.length);
  return { vi: share(vi), en: share(en), words: words.length };
}

export const vietnameseScore = (text: string): number => languageShares(text).vi;
