/**
 * Legacy Vietnamese 8-bit encodings: TCVN3 (ABC) and VNI-Windows, from the tables in
 * ../../lexicons/encodings/. Windows-1258 is decoded by the platform's TextDecoder.
 */
import { readLexiconJson } from '../../lexicon/word-lists.js';

const tcvn3 = readLexiconJson<{ bytes: Record<string, string> }>('encodings/tcvn3.json');
const TCVN3_BYTES = new Map(Object.entries(tcvn3.bytes).map(([hex, char]) => [parseInt(hex, 16), char]));

/** TCVN3 bytes → text; high bytes outside the table become U+FFFD (and count against the candidate). */
export function decodeTcvn3(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte < 0x80 ? String.fromCharCode(byte) : (TCVN3_BYTES.get(byte) ?? '\uFFFD');
  return text;
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
