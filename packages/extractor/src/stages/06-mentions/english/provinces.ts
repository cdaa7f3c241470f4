/**
 * English: provinces
 * ==================
 * Provinces as English pages write them: the name without diacritics ("Yen Bai", "Ha Noi"), with
 * them ("Điện Biên"), or an English form ("Hanoi", "HCM City", "Thua Thien-Hue"). Matched
 * case-sensitively on the folded text, so "long an" in running text is no province.
 */
import type { ProvinceMention } from '../../../lexicon/provinces.js';
import { longestFirst } from '../../../text/regex.js';
import { englishProvinceForms, foldSameLength } from './lexicon.js';

const FORMS = new Map<string, string>(englishProvinceForms());
const MENTION = new RegExp(`(?<![\\p{L}\\d])(?:${longestFirst([...FORMS.keys()])})(?![\\p{L}\\d])`, 'gu');

/** Every province mention of an English text; offsets index the given text. */
export function findEnglishProvinces(text: string): ProvinceMention[] {
  const mentions: ProvinceMention[] = [];
  for (const m of foldSameLength(text).matchAll(MENTION)) {
    const start = m.index!;
    mentions.push({ start, end: start + m[0].length, surface: text.slice(start, start + m[0].length), name: FORMS.get(m[0])!, rule: 'en:province' });
  }
  return mentions;
}
