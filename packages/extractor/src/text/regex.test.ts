import { describe, expect, it } from 'vitest';

import { matchesNotAfter } from './regex.js';

describe('text/regex matchesNotAfter', () => {
  const starts = (text: string, pattern: RegExp, before: RegExp): Array<[number, string]> => [...matchesNotAfter(text, pattern, before)].map((m) => [m.index, m[0]]);

  it('finds what a leading negative look-behind finds, retrying a rejected start one character on', () => {
    const text = 'Đoàn công tác của tỉnh Bà Rịa - Vũng Tàu và XBà Rịa - Vũng Tàu, cùng Vũng Tàu.';
    const words = ['Bà Rịa - Vũng Tàu', 'Vũng Tàu'];
    const lookBehind = new RegExp(`(?<![\\p{L}\\p{M}])(?:${words.join('|')})`, 'gu');
    const found = starts(text, new RegExp(`(?:${words.join('|')})`, 'gu'), /[\p{L}\p{M}]/u);
    expect(found).toEqual([...text.matchAll(lookBehind)].map((m) => [m.index, m[0]]));
    // The glued form is refused, the inner one after a space still found.
    expect(found.map(([, word]) => word)).toEqual(['Bà Rịa - Vũng Tàu', 'Vũng Tàu', 'Vũng Tàu']);
  });

  it('reads a letter outside the basic plane before a match whole, and steps over it after an empty match', () => {
    const letter = /[\p{L}\p{M}]/u;
    // "𝐀" is one letter written as two UTF-16 units.
    expect(starts('𝐀Hà Nội, Hà Nội', /Hà Nội/gu, letter)).toEqual([[10, 'Hà Nội']]);
    // Empty matches come to an end: after "a" and "b" refused, after "😀" kept, none inside it.
    expect(starts('a😀b', /(?:)/gu, letter).map(([at]) => at)).toEqual([0, 3]);
    expect(() => [...matchesNotAfter('x', /x/u, letter)]).toThrow(/global/);
  });

  it('refuses a start after a combining mark, as \\p{M} in the look-behind does', () => {
    const decomposed = 'Hà'.normalize('NFD') + 'bầu ông trưởng';
    expect(starts(decomposed, /bầu/gu, /[\p{L}\p{M}]/u)).toEqual([]);
    expect(starts('đã bầu ông làm', /bầu/gu, /[\p{L}\p{M}]/u)).toEqual([[3, 'bầu']]);
  });
});
