/**
 * Id slugs: the comparison form of a name as an id part ("Lê Minh Hưng" → "lê-minh-hưng"). Diacritics
 * stay, because "Hòa" and "Hoa" are different names; tone placement and case do not matter.
 */
import { foldKey } from './normalize.js';

// Ids are made of the same few thousand names and titles again and again: each is slugged once
// (short texts only, and at most so many, so the memory stays small).
const known = new Map<string, string>();
const KNOWN_MAX = 50_000;
const KNOWN_LENGTH = 200;

export function slug(text: string): string {
  let id = known.get(text);
  if (id === undefined) {
    id = foldKey(text)
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '');
    if (known.size >= KNOWN_MAX) known.clear();
    if (text.length <= KNOWN_LENGTH) known.set(text, id);
  }
  return id;
}
