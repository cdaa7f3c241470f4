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

export function languageShares(text: string): LanguageShares {
  if (last?.text === text) return last.shares;
  const words = text.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
  let vi = 0;
  let en = 0;
  for (const word of words) {
    if (VIETNAMESE.has(word)) vi++;
    if (ENGLISH.has(word)) en++;
  }
  const replacements = words.length === 0 ? 0 : (text.match(/\uFFFD/g) ?? []).length;
  const share = (hits: number): number => (words.length === 0 ? 0 : (hits - replacements) / words.length);
  const shares = { vi: share(vi), en: share(en), words: words.length };
  last = { text, shares };
  return shares;
}

export const vietnameseScore = (text: string): number => languageShares(text).vi;
