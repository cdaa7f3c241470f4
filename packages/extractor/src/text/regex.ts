/**
 * Regular-expression helpers shared by the lexicon-driven matchers.
 */

/** A literal string as a regular-expression source ("T.Ư" → "T\.Ư"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
