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
const TERM = String.raw`(?:,?\s*\(?nhiệm kỳ\s*(\d{4})\s*[-–—]\s*(\d{4})\)?)?`;
// The organisation after "Đảng bộ": a level word and up to four capitalised words ("tỉnh Lai Châu").
const UNIT = String.raw`((?:tỉnh|thành phố|TP\.?|quận|huyện|thị xã|xã|phường|Quân đội|Công an Trung ương|Khối[\p{L} ]{0,30}?)(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,4})`;
const ORDINAL_WORD = String.raw`(?:lần thứ|khóa)\s+`;

const PATTERNS: Array<{ rule: string; re: RegExp; level: 'national' | 'local' }> = [
  {
    rule: 'local:ordinal-before-unit',
    level: 'local',
    re: new RegExp(String.raw`đại hội(?: đại biểu)? lần thứ\s+${ROMAN}\s+đảng bộ\s+${UNIT}${TERM}`, 'giu'),
  },
  {
    rule: 'local:unit-then-ordinal',
    level: 'local',
    re: new RegExp(String.raw`đại hội(?: đại biểu)? đảng bộ\s+${UNIT}\s*,?\s*${ORDINAL_WORD}${ROMAN}${TERM}`, 'giu'),
  },
  {
    rule: 'national',
    level: 'national',
    re: new RegExp(
      String.raw`đại hội(?: đại biểu)?(?: đảng)?(?: toàn quốc)?(?: ${ORDINAL_WORD})?\s*${ROMAN}(?:\s+của\s+đảng(?!\s+bộ))?`,
      'giu',
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
  return found.sort((a, b) => a.start - b.start);
}
