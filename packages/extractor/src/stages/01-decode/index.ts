/**
 * Stage 01: decode
 * ================
 * Bytes → NFC text with "\n" line endings. UTF-8 (with or without BOM) and UTF-16 with BOM are read as
 * they are. Bytes that are not UTF-8 are tried as the legacy Vietnamese encodings (Windows-1258, TCVN3
 * or its superset TCVN 5712 VN1, VNI), and UTF-8 text that reads as VNI glyphs or double-encoded UTF-8 is repaired: the candidate that
 * looks most like Vietnamese wins, and is named in a warning. Empty, binary and undecodable files are
 * refused with a DecodeError naming the file.
 */
import { decodeTcvn5712, decodeVni, decodeWindows1258, fromVniGlyphs } from './legacy-tables.js';
import { leadingLanguageShares, vietnameseScore } from './vietnamese-score.js';

export class DecodeError extends Error {
  override name = 'DecodeError';

  constructor(origin: string, problem: string) {
    super(`extractor/decode: ${origin}: ${problem}`);
  }
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3' | 'tcvn5712-vn1' | 'vni';

export interface Decoded {
  text: string;
  encoding: Encoding;
  warnings: string[];
}

const finish = (text: string): string => text.replace(/\r\n?/g, '\n').normalize('NFC');

/** Share of bytes that are control characters other than tab, newline and carriage return. */
function controlShare(bytes: Uint8Array): number {
  let control = 0;
  for (const byte of bytes) if (byte < 9 || (byte > 13 && byte < 32)) control++;
  return bytes.length ? control / bytes.length : 0;
}

export function decodeArticleBytes(bytes: Uint8Array, origin: string): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: finish(new TextDecoder('utf-16le').decode(bytes)), encoding: 'utf-16le', warnings: ['decoded as UTF-16LE'] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: finish(new TextDecoder('utf-16be').decode(bytes)), encoding: 'utf-16be', warnings: ['decoded as UTF-16BE'] };
  if (bytes.includes(0) || controlShare(bytes) > 0.05) throw new DecodeError(origin, 'binary content (not a text article)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeLegacy(bytes, origin);
  }
  if (!text.trim()) throw new DecodeError(origin, 'empty file');
  return repairUtf8(text);
}

// Windows-1252 puts letters such as "€" and "Ž" at 0x80–0x9F: map them back to their bytes.
const CP1252_BYTE = new Map(
  Array.from({ length: 32 }, (_, i) => [new TextDecoder('windows-1252').decode(Uint8Array.of(0x80 + i)), 0x80 + i] as const),
);

// A legacy candidate must look clearly Vietnamese: a share of common words real articles exceed by far.
const MIN_SCORE = 0.12;
/** How much of a text shows it is Vietnamese as it is: a file of mis-decoded text is so from its first page. */
const LEADING_CHARS = 4000;

const ENCODING_NAMES: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1258': 'WINDOWS-1258',
  tcvn3: 'TCVN3',
  'tcvn5712-vn1': 'TCVN 5712 VN1',
  vni: 'VNI',
};

interface Candidate {
  encoding: Encoding;
  text: string;
  score: number;
}

function best(candidates: Array<Omit<Candidate, 'score'>>): Candidate {
  return candidates.map((c) => ({ ...c, score: vietnameseScore(c.text) })).sort((a, b) => b.score - a.score)[0]!;
}

/** Bytes that are not UTF-8: the legacy encoding whose reading looks most like Vietnamese. */
function decodeLegacy(bytes: Uint8Array, origin: string): Decoded {
  const tcvn = decodeTcvn5712(bytes);
  const chosen = best([
    { encoding: 'windows-1258', text: decodeWindows1258(bytes) },
    // One reading serves both: VN1 only adds bytes TCVN3 leaves undefined, so the bytes used tell them apart.
    { encoding: tcvn.vn1 ? 'tcvn5712-vn1' : 'tcvn3', text: tcvn.text },
    { encoding: 'vni', text: decodeVni(bytes) },
  ]);
  if (chosen.score < MIN_SCORE) {
    throw new DecodeError(origin, 'not valid UTF-8 and not a recognised Vietnamese legacy encoding (TCVN3, TCVN 5712 VN1, VNI, Windows-1258)');
  }
  return { text: finish(chosen.text), encoding: chosen.encoding, warnings: [`decoded as ${ENCODING_NAMES[chosen.encoding]} (legacy encoding)`] };
}

/**
 * Valid UTF-8 can still be a legacy text saved through the wrong font or code page: VNI glyphs
 * ("Ñaûng") or UTF-8 read as Windows-1252 and saved again ("Äáº£ng"). Repair only when the
 * repaired text is clearly more Vietnamese than the text as it is.
 */
function repairUtf8(text: string): Decoded {
  if (leadingLanguageShares(text, LEADING_CHARS).vi >= MIN_SCORE) return { text: finish(text), encoding: 'utf-8', warnings: [] };
  const asIs = vietnameseScore(text);
  if (asIs >= MIN_SCORE || !/[\u00C0-\u00FF]/.test(text)) return { text: finish(text), encoding: 'utf-8', warnings: [] };
  const latin1 = Uint8Array.from(text, (char) => CP1252_BYTE.get(char) ?? (char.charCodeAt(0) < 256 ? char.charCodeAt(0) : 0x3f));
  let doubleDecoded = '';
  try {
    doubleDecoded = new TextDecoder('utf-8', { fatal: true }).decode(latin1);
  } catch {
    // Not double-encoded UTF-8.
  }
  const repaired = best([
    { encoding: 'vni', text: fromVniGlyphs(text) },
    { encoding: 'utf-8', text: doubleDecoded },
  ]);
  if (repaired.score < MIN_SCORE || repaired.score < asIs + 0.1) return { text: finish(text), encoding: 'utf-8', warnings: [] };
  const how = repaired.encoding === 'vni' ? 'VNI text saved as Unicode glyphs' : 'double-encoded UTF-8';
  return { text: finish(repaired.text), encoding: repaired.encoding, warnings: [`repaired ${how}`] };
}
