/**
 * Vietnamese text normalisation
 * =============================
 * One comparison form for names, titles and lookups: NFC, new-style tone placement ("hoà" → "hòa",
 * "uỷ" → "ủy"), and helpers to strip diacritics. Source text is never overwritten: callers keep the
 * original beside the normalised form.
 */

// Old-style tone placement on the second vowel of oa/oe/uy → on the first, when the pair ends the syllable.
const TONE_PAIRS: Array<[string, string]> = [
  ['oà', 'òa'], ['oá', 'óa'], ['oả', 'ỏa'], ['oã', 'õa'], ['oạ', 'ọa'],
  ['oè', 'òe'], ['oé', 'óe'], ['oẻ', 'ỏe'], ['oẽ', 'õe'], ['oẹ', 'ọe'],
  ['uỳ', 'ùy'], ['uý', 'úy'], ['uỷ', 'ủy'], ['uỹ', 'ũy'], ['uỵ', 'ụy'],
];
const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const TONE_MAP = new Map<string, string>(
  TONE_PAIRS.flatMap(([old, now]) => [
    [old, now],
    [capitalize(old), capitalize(now)],
    [old.toUpperCase(), now.toUpperCase()],
  ]),
);
const TONE_RE = new RegExp(`(?:${[...TONE_MAP.keys()].join('|')})(?![\\p{L}\\p{M}])`, 'gu');

/** NFC and new-style tone placement; same length in code units as the NFC input. "quý" keeps its form. */
export function normalizeTones(text: string): string {
  return text.normalize('NFC').replace(TONE_RE, (pair, offset: number, whole: string) =>
    /^u/i.test(pair) && /q/i.test(whole[offset - 1] ?? '') ? pair : (TONE_MAP.get(pair) ?? pair),
  );
}

/** Lower-case comparison key: tones normalised, whitespace collapsed. */
export function foldKey(text: string): string {
  return normalizeTones(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Strip all diacritics ("Lê Minh Hưng" → "le minh hung"); đ → d. For diacritics-insensitive search. */
export function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A Roman numeral ("XIV") or decimal string as an integer, or null. */
export function romanToInt(numeral: string): number | null {
  const s = numeral.trim().toUpperCase();
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[IVXLCDM]+$/.test(s)) return null;
  const value: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = value[s[i]!]!;
    const next = value[s[i + 1] ?? ''] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

/** An integer as a Roman numeral (terms are written "khóa XII"). */
export function intToRoman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of table) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}
