/**
 * How much a text looks like Vietnamese (or English): the share of its words that are among the most
 * frequent words of news in that language (lexicons/common-words.json), minus a penalty for replacement
 * characters. decode uses it to choose between candidate decodings of a file in an unknown encoding;
 * input uses it to tell an article from a non-article.
 */
import { readLexiconJson } from '../../lexicon/word-lists.js';

const commonWords = readLexiconJson<{ vi: string[]; en: string[] }>('common-words.json');
const VIETNAMESE = new Set(commonWords.vi);
const ENGLISH = new Set(commonWords.en);

function commonShare(text: string, common: Set<string>): number {
  const words = text.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
  if (words.length === 0) return 0;
  const hits = words.filter((w) => common.has(w)).length;
  const replacements = (text.match(/\uFFFD/g) ?? []).length;
  return hits / words.length - replacements / words.length;
}

export const vietnameseScore = (text: string): number => commonShare(text, VIETNAMESE);
export const englishScore = (text: string): number => commonShare(text, ENGLISH);
