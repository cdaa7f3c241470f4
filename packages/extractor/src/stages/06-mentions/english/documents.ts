/**
 * English: documents
 * ==================
 * "Resolution No. 57-NQ/TW, dated December 22, 2024 of the Politburo", "Politburo Directive No
 * 35-CT/TW issued on June 14, 2024", "Plan No 158-KH/TU": the type word in English (lexicon
 * documentTypes), the number as coded, the date and the issuer that follow (or an issuer right before).
 */
import type { DocumentMention } from '../document/find.js';
import { scopeFromNumber, typeFromNumber } from '../document/lexicon.js';
import { englishDatesIn } from './dates.js';
import { ENGLISH } from './lexicon.js';
import { englishOffice } from './office.js';

const TYPES = Object.keys(ENGLISH.documentTypes).sort((a, b) => b.length - a.length);
const CODE = String.raw`\d{1,5}(?:/\d{4})?(?:\s?-\s?|/)[A-ZĐ][A-Za-zĐđ]*(?:[-/][A-ZĐ][A-Za-zĐđ\d]*)*`;
const NUMBERED = new RegExp(String.raw`\b(${TYPES.map((t) => t.replace(/ /g, '\\s+')).join('|')})\s+(?:No\.?\s*|Number\s+)?(${CODE})`, 'giu');
const DATED = /^\s*,?\s*(?:dated|issued on|issued|signed on|of|on)\s+/i;
const ISSUER_AFTER = /^\s*,?\s*(?:of|by|issued by)\s+(?:the\s+)?([A-Z][\w'’ -]{2,80}?)(?=\s+(?:on|to|about|regarding|in|for|dated)\b|[,.;(]|$)/;
const ISSUER_BEFORE = /(?:the\s+)?((?:[A-Z][\w'’-]*\s+){1,5})(?:'s\s+|’s\s+)?$/;

/** The Vietnamese body an English issuer names ("the Politburo" → "Bộ Chính trị"), via the office grammar. */
function issuerName(english: string): string | null {
  const office = englishOffice(`member of the ${english}`, { province: null, membership: true });
  return office ? office.replace(/^Ủy viên (?:dự khuyết )?/u, '').replace(/^Bí thư Trung ương Đảng$/u, 'Ban Bí thư') : null;
}

export function findEnglishDocuments(text: string, year: number | null): DocumentMention[] {
  const found: DocumentMention[] = [];
  for (const m of text.matchAll(NUMBERED)) {
    const start = m.index!;
    const number = m[2]!.replace(/\s/g, '');
    let end = start + m[0].length;
    let rest = text.slice(end, end + 200);
    let date: string | null = null;
    const dated = DATED.exec(rest);
    if (dated) {
      const when = englishDatesIn(rest.slice(dated[0].length, dated[0].length + 30), year)[0];
      if (when && when.at === 0) {
        date = when.iso;
        end += dated[0].length + when.end;
        rest = text.slice(end, end + 200);
      }
    }
    const after = ISSUER_AFTER.exec(rest);
    const before = ISSUER_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
    const issuer = (after && issuerName(after[1]!)) || (before && issuerName(before[1]!.trim())) || null;
    if (after && issuer) end += after[0].length;
    found.push({
      start,
      end,
      referenceEnd: end,
      surface: text.slice(start, end),
      rule: 'en:type+number',
      type: ENGLISH.documentTypes[m[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? typeFromNumber(number),
      number,
      name: null,
      date,
      issuer,
      scopeHint: scopeFromNumber(number),
      issuerPlace: null,
      term: null,
      subject: null,
    });
  }
  return found;
}
