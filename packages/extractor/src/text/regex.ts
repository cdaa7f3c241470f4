/**
 * Regular-expression helpers shared by the lexicon-driven matchers.
 */

/** A literal string as a regular-expression source ("T.Ư" → "T\.Ư"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The matches of a global `pattern` that do not start right after a character `before` accepts: what
 * a leading negative look-behind (`(?<![\p{L}\p{M}])…`) means, found without one. V8 searches for a
 * pattern by its first characters, which a leading look-behind hides: on a long alternation of words
 * that is ten times slower. A rejected start is retried one character on, as the look-behind would.
 */
export function* matchesNotAfter(text: string, pattern: RegExp, before: RegExp): Generator<RegExpExecArray> {
  if (!pattern.global) throw new Error(`matchesNotAfter needs a global pattern: ${pattern}`);
  // One character on from `index`: a whole surrogate pair, as a look-behind and matchAll step.
  const after = (index: number): number => index + ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index > 0 && before.test(characterBefore(text, match.index))) {
      pattern.lastIndex = after(match.index);
      continue;
    }
    yield match;
    if (match[0] === '') pattern.lastIndex = after(match.index);
  }
}

/** The character that ends right before `index`, a surrogate pair whole. */
function characterBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(index - 2, index) : text[index - 1]!;
}

/** Literal words as one alternation, the longest first, so a longer word wins over its prefix. */
export function longestFirst(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}
