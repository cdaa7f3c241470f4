/**
 * English: congresses
 * ===================
 * "the 13th National Party Congress", "the 14th National Congress of the Party" (national); "the
 * 17th Hanoi Party Congress", "the 17th Congress of Hanoi's Party organisation for the 2020-2025
 * tenure", "the 19th Provincial Party Congress" (local: a named province, else the sentence's or
 * article's). A congress needs its ordinal, as in the Vietnamese finder.
 */
import { provinceByName, type ProvinceMention } from '../../../lexicon/provinces.js';
import type { Sentence } from '../../../types.js';
import type { CongressMention } from '../congress/find.js';
import { foldSameLength } from './lexicon.js';

const ORDINAL = String.raw`(\d{1,2})(?:st|nd|rd|th)`;
const TERM = String.raw`(?:,?\s+(?:for\s+)?(?:the\s+)?(?:(\d{4})\s*[-–]\s*(\d{4})\s+(?:tenure|term)|(?:tenure|term)\s+(\d{4})\s*[-–]\s*(\d{4})))?`;
const NATIONAL = new RegExp(String.raw`\b${ORDINAL}\s+(?:National\s+(?:Party\s+)?Congress|(?:Party\s+)?National\s+Congress|National\s+Congress\s+of\s+the\s+(?:Communist\s+)?Party(?:\s+of\s+Viet\s?[Nn]am)?|Congress\s+of\s+the\s+Communist\s+Party\s+of\s+Viet\s?[Nn]am)${TERM}`, 'g');
// "17th Hanoi Party Congress", "19th Provincial Party Congress", "17th municipal Party Congress".
const LOCAL_BEFORE = new RegExp(String.raw`\b${ORDINAL}\s+((?:[A-Z][a-z]+[\s-]){0,3}?)(?:[Pp]rovincial\s+|[Mm]unicipal\s+|[Cc]ity\s+)?Party\s+Congress${TERM}`, 'g');
// "17th Congress of Hanoi's Party organisation", "15th Congress of the Quang Ninh Provincial Party Organisation".
const LOCAL_OF = new RegExp(String.raw`\b${ORDINAL}\s+Congress\s+of\s+(?:the\s+)?((?:[A-Z][a-z]+[\s-]){0,3}?)(?:'s\s+)?(?:[Pp]rovincial\s+|[Mm]unicipal\s+|[Cc]ity\s+)?Party\s+(?:[Oo]rganisation|[Oo]rganization|[Cc]ommittee|[Oo]rganisations)${TERM}`, 'g');

const unitOf = (name: string): string => `${provinceByName(name)?.kind ?? 'tỉnh'} ${name}`;

export function findEnglishCongresses(text: string, sentences: Sentence[], provinces: ProvinceMention[]): CongressMention[] {
  const folded = foldSameLength(text);
  const found: CongressMention[] = [];
  const taken = (start: number, end: number): boolean => found.some((c) => start < c.end && end > c.start);
  const term = (m: RegExpMatchArray, at: number): string | null => (m[at] && m[at + 1] ? `${m[at]}-${m[at + 1]}` : m[at + 2] && m[at + 3] ? `${m[at + 2]}-${m[at + 3]}` : null);
  const push = (m: RegExpMatchArray, level: 'national' | 'local', unitText: string | null, termAt: number, rule: string): void => {
    const start = m.index!;
    const end = start + m[0].trimEnd().length;
    if (taken(start, end)) return;
    found.push({ start, end, surface: text.slice(start, end), rule, ordinal: Number(m[1]), level, unitText, term: term(m, termAt) });
  };
  for (const m of folded.matchAll(NATIONAL)) push(m, 'national', null, 2, 'en:national');
  for (const re of [LOCAL_OF, LOCAL_BEFORE]) {
    for (const m of folded.matchAll(re)) {
      const start = m.index!;
      // The province the words before "Party" name, else the one named last before it in its sentence (or none: the article's).
      const named = provinces.find((p) => p.start >= start && p.end <= start + m[0].length);
      const sentence = sentences.find((s) => start >= s.start && start < s.end);
      const earlier = provinces.filter((p) => sentence && p.start >= sentence.start && p.end <= start).pop();
      const place = named ?? earlier;
      if (m[2]?.trim() && !named) continue; // capitalised words that are no province: some other organisation
      push(m, 'local', place ? unitOf(place.name) : null, 3, re === LOCAL_OF ? 'en:local-of' : 'en:local');
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
