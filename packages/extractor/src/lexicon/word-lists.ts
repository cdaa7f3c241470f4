/**
 * Word-list lexicons
 * ==================
 * Loads the one-entry-per-line lists in ../../lexicons/*.txt (surnames, person cues…). Lines starting
 * with "#" are comments. Entries are normalised (NFC, new-style tones) so lookups can use foldKey().
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { foldKey, normalizeTones } from '../text/normalize.js';

const LEXICON_DIR = fileURLToPath(new URL('../../lexicons/', import.meta.url));

/** Entries of one list, as written (tones normalised). Throws naming the file if it is empty. */
export function readWordList(fileName: string): string[] {
  const entries = readFileSync(LEXICON_DIR + fileName, 'utf8')
    .split('\n')
    .map((line) => normalizeTones(line.trim()))
    .filter((line) => line !== '' && !line.startsWith('#'));
  if (entries.length === 0) throw new Error(`extractor/lexicon: ${fileName} has no entries`);
  return entries;
}

/** The list as a set of lower-case keys, for membership tests. */
export function readWordSet(fileName: string): Set<string> {
  return new Set(readWordList(fileName).map(foldKey));
}

/** A lexicon JSON file, parsed. */
export function readLexiconJson<T>(fileName: string): T {
  return JSON.parse(readFileSync(LEXICON_DIR + fileName, 'utf8')) as T;
}
