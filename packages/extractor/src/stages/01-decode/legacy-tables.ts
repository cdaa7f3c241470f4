/**
 * Legacy Vietnamese 8-bit encodings: TCVN 5712 (TCVN3 "ABC" and its superset VN1) and VNI-Windows,
 * from the tables in ../../lexicons/encodings/. Windows-1258 is decoded by the platform's TextDecoder.
 */
import { readLexiconJson } from '../../lexicon/word-lists.js';

const tableOf = (fileName: string): Map<number, string> =>
  new Map(Object.entries(readLexiconJson<{ bytes: Record<string, string> }>(fileName).bytes).map(([hex, char]) => [parseInt(hex, 16), char]));
const TCVN3_BYTES = tableOf('encodings/tcvn3.json');
// VN1 agrees with TCVN3 wherever TCVN3 defines a byte and adds capitals with tone marks.
const VN1_ONLY_BYTES = tableOf('encodings/tcvn5712-vn1.json');

/**
 * TCVN 5712 bytes → text, and whether the text used bytes only VN1 defines (so it is VN1, not TCVN3).
 * High bytes neither defines become U+FFFD (and count against the candidate).
 */
export function decodeTcvn5712(bytes: Uint8Array): { text: string; vn1: boolean } {
  let text = '';
  let vn1 = false;
  for (const byte of bytes) {
    const tcvn3 = byte < 0x80 && byte >= 0x20 ? String.fromCharCode(byte) : TCVN3_BYTES.get(byte);
    if (tcvn3 !== undefined) {
      text += tcvn3;
      continue;
    }
    const vn1Char = VN1_ONLY_BYTES.get(byte);
    if (vn1Char !== undefined) vn1 = true;
    text += vn1Char ?? (byte < 0x80 ? String.fromCharCode(byte) : '\uFFFD');
  }
  return { text, vn1 };
}

const vni = readLexiconJson<{ marks: Record<string, string>; modifiers: Record<string, string>; modifierWithTone: Record<string, string>; letters: Record<string, string> }>('encodings/vni.json');
// After a vowel, these bytes are diacritics; anywhere, `letters` are letters by themselves.
const VNI_DIACRITIC = new Map(Object.entries({ ...vni.marks, ...vni.modifiers, ...vni.modifierWithTone }));
const VNI_LETTERS = new Map(Object.entries(vni.letters));
const VOWEL = /^[aeiouyAEIOUYơưƠƯ]$/u;

/** VNI text as Windows-1252 shows it ("Ñaûng") → Unicode ("Đảng"). */
export function fromVniGlyphs(glyphs: string): string {
  let text = '';
  // The last letter written (diacritics do not change it): a diacritic byte only follows a vowel.
  let lastBase = '';
  for (const char of glyphs) {
    const diacritic = VNI_DIACRITIC.get(char);
    if (diacritic && VOWEL.test(lastBase)) {
      text += diacritic;
    } else {
      lastBase = VNI_LETTERS.get(char) ?? char;
      text += lastBase;
    }
  }
  return text.normalize('NFC');
}

export function decodeVni(bytes: Uint8Array): string {
  return fromVniGlyphs(new TextDecoder('windows-1252').decode(bytes));
}

export function decodeWindows1258(bytes: Uint8Array): string {
  return new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
}
