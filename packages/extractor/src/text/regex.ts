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
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index > 0 && before.test(text[match.index - 1]!)) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    yield match;
    if (match[0] === '') pattern.lastIndex++;
  }
}
