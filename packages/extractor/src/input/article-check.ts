/**
 * Is this text an article?
 * ========================
 * Before a text is mined it must look like news or official writing: not larger than an article can
 * be, and, once it has enough words to judge, with a share of the most common Vietnamese or English
 * words that real pages reach even under their site clutter (real Vietnamese pages: ≥ 0.25; English:
 * ≥ 0.15; random characters, base64 or data files: < 0.03). A text that fails is named and skipped, so
 * a dump or random file cannot fill the graph with junk.
 */
import { languageShares, leadingLanguageShares } from '../stages/01-decode/vietnamese-score.js';

/** The default upper size of one article (a long congress report is well under 1 MB). */
export const DEFAULT_MAX_ARTICLE_BYTES = 4 * 1024 * 1024;

// Below this many words the share says little (a headline, a one-line note); such texts pass.
const MIN_WORDS_TO_JUDGE = 50;
const MIN_COMMON_SHARE = 0.06;
const LEADING_CHARS = 4000;

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Why a text of this many bytes is too large to be one article, or null. */
export function tooLargeReason(bytes: number, maxBytes: number): string | null {
  return bytes > maxBytes ? `not read as an article: ${megabytes(bytes)} is larger than an article can be (limit ${megabytes(maxBytes)}; --max-article-mb)` : null;
}

/** Why this text is not an article, or null when it reads as one. */
export function notAnArticleReason(text: string): string | null {
  // Most texts are articles, and their first page of words shows it; only a doubtful one is read whole.
  const leading = leadingLanguageShares(text, LEADING_CHARS);
  if (leading.words >= MIN_WORDS_TO_JUDGE && Math.max(leading.vi, leading.en) >= MIN_COMMON_SHARE) return null;
  const shares = languageShares(text);
  const words = shares.words;
  if (words < MIN_WORDS_TO_JUDGE) return null;
  const share = Math.max(shares.vi, shares.en);
  if (share >= MIN_COMMON_SHARE) return null;
  return `not read as an article: it does not read as Vietnamese or English (${(share * 100).toFixed(1)}% common words in ${words} words; articles have ${MIN_COMMON_SHARE * 100}% or more)`;
}
