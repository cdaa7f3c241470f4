/**
 * Stage 01: decode
 * ================
 * Bytes → NFC text with "\n" line endings. UTF-8 (with or without BOM) and UTF-16 with BOM are read as
 * they are; empty and binary files are refused with a DecodeError naming the file.
 */

export class DecodeError extends Error {
  override name = 'DecodeError';

  constructor(origin: string, problem: string) {
    super(`extractor/decode: ${origin}: ${problem}`);
  }
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3' | 'vni';

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
    throw new DecodeError(origin, 'not valid UTF-8 and not a recognised Vietnamese legacy encoding (TCVN3, VNI, Windows-1258)');
  }
  if (!text.trim()) throw new DecodeError(origin, 'empty file');
  return { text: finish(text), encoding: 'utf-8', warnings: [] };
}
