/**
 * Congresses: find and parse
 * ==========================
 * National congresses ("Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", "Đại hội XIII", "Đại hội
 * Đảng XI") and local ones ("Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV, nhiệm kỳ 2025-2030",
 * "Đại hội đại biểu lần thứ I Đảng bộ tỉnh Khánh Hòa", "Đại hội Đảng bộ tỉnh khóa XVI"). A congress
 * needs an ordinal: "đại hội đảng bộ các cấp" is generic and not a congress.
 */
import { normalizeTones, romanToInt } from '../../../text/normalize.js';

export interface CongressMention {
  start: number;
  end: number;
  surface: string;
  rule: string;
  ordinal: number;
  /** "national", or "local" with `unitText` naming the party organisation ("tỉnh Lai Châu", "quận Ba Đình"). */
  level: 'national' | 'local';
  unitText: string | null;
  term: string | null;
}

const ROMAN = String.raw`([IVXLC]+|\d{1,2})(?![\p{L}\d])`;
const TERM = String.raw`(?:,?\s*\(?[Nn]hiệm kỳ\s*(\d{4})\s*[-–—]\s*(\d{4})\)?)?`;
// The organisation after "Đảng bộ": a level word and up to four capitalised words ("tỉnh Lai Châu").
// Case matters here (a capital starts a place name), so the patterns are case-sensitive except
// for the first letter of keywords.
const UNIT = String.raw`((?:[Tt]ỉnh|[Tt]hành phố|TP\.?|[Qq]uận|[Hh]uyện|[Tt]hị xã|[Xx]ã|[Pp]hường|Quân đội|Công an Trung ương|Khối[\p{L} ]{0,30}?)(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,4})`;
const ORDINAL_WORD = String.raw`(?:[Ll]ần thứ|[Kk]hóa)\s+`;
const CONGRESS = String.raw`[Đđ]ại hội(?: [Đđ]ại biểu)?`;
const PARTY_UNIT = String.raw`[Đđ]ảng bộ`;

const PATTERNS: Array<{ rule: string; re: RegExp; level: 'national' | 'local' }> = [
  {
    rule: 'local:ordinal-before-unit',
    level: 'local',
    re: new RegExp(String.raw`${CONGRESS} [Ll]ần thứ\s+${ROMAN}\s+${PARTY_UNIT}\s+${UNIT}${TERM}`, 'gu'),
  },
  {
    rule: 'local:unit-then-ordinal',
    level: 'local',
    re: new RegExp(String.raw`${CONGRESS} ${PARTY_UNIT}\s+${UNIT}\s*,?\s*${ORDINAL_WORD}${ROMAN}${TERM}`, 'gu'),
  },
  {
    rule: 'national',
    level: 'national',
    re: new RegExp(
      String.raw`${CONGRESS}(?: [Đđ]ảng)?(?: [Tt]oàn quốc)?(?: ${ORDINAL_WORD})?\s*${ROMAN}(?:\s+của\s+[Đđ]ảng(?!\s+bộ))?`,
      'gu',
    ),
  },
];

const capitalisedStart = (text: string, at: number): boolean => text[at] === 'Đ' || text[at] === 'đ';

/** Congress mentions, longest first where two overlap. */
export function findCongresses(text: string): CongressMention[] {
  const searchable = normalizeTones(text);
  const found: CongressMention[] = [];
  const taken = (start: number, end: number): boolean => found.some((c) => start < c.end && end > c.start);
  for (const { rule, re, level } of PATTERNS) {
    for (const m of searchable.matchAll(re)) {
      const start = m.index!;
      let surface = m[0].replace(/[\s,(]+$/, '');
      if (!capitalisedStart(text, start) || taken(start, start + surface.length)) continue;
      const [ordinalText, unitText, termFrom, termTo] =
        level === 'national'
          ? [m[1], null, undefined, undefined]
          : rule === 'local:ordinal-before-unit'
            ? [m[1], m[2], m[3], m[4]]
            : [m[2], m[1], m[3], m[4]];
      const ordinal = romanToInt(ordinalText ?? '');
      if (!ordinal || ordinal > 40) continue;
      // "Đại hội XIII" alone is national only when nothing local follows ("Đại hội XIII Đảng bộ …").
      if (level === 'national' && /^\s+đảng bộ/iu.test(searchable.slice(start + surface.length))) continue;
      surface = text.slice(start, start + surface.length);
      found.push({
        start,
        end: start + surface.length,
        surface,
        rule,
        ordinal,
        level,
        unitText: unitText ? unitText.trim() : null,
        term: termFrom && termTo ? `${termFrom}-${termTo}` : null,
      });
    }
  }
  return found.map((c) => (c.level === 'national' ? localIfUnmarked(searchable, c, found) : c)).sort((a, b) => a.start - b.start);
}

const NATIONAL_MARK = /toàn quốc|của đảng|đại hội(?: đại biểu)? đảng\b/iu;
const PARTY_UNIT_BEFORE = new RegExp(String.raw`${PARTY_UNIT}\s+${UNIT}[^.]{0,120}$`, 'u');

/**
 * "Đại hội đại biểu lần thứ I" says nothing national: when the article names a local congress with the
 * same ordinal, or the sentence names a party organisation before it ("Đảng bộ TP. Cần Thơ … khai mạc
 * Đại hội đại biểu lần thứ I"), it is that organisation's congress.
 */
function localIfUnmarked(text: string, congress: CongressMention, all: CongressMention[]): CongressMention {
  if (NATIONAL_MARK.test(congress.surface)) return congress;
  const sameOrdinal = all.find((c) => c.level === 'local' && c.ordinal === congress.ordinal);
  if (sameOrdinal) return { ...congress, level: 'local', unitText: sameOrdinal.unitText, rule: 'local:same-ordinal' };
  const sentence = text.slice(Math.max(0, congress.start - 200), congress.start);
  const unit = PARTY_UNIT_BEFORE.exec(sentence.slice(sentence.lastIndexOf('.') + 1));
  return unit ? { ...congress, level: 'local', unitText: unit[1]!.trim(), rule: 'local:unit-before' } : congress;
}
