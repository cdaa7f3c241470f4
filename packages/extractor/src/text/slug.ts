/**
 * Id slugs: the comparison form of a name as an id part ("Lê Minh Hưng" → "lê-minh-hưng"). Diacritics
 * stay, because "Hòa" and "Hoa" are different names; tone placement and case do not matter.
 */
import { BoundedMemo } from '../memo.js';
import { foldKey } from './normalize.js';

// Ids are made of the same few thousand names and titles again and again: each is slugged once
// (short texts only, so the memory stays small).
const known = new BoundedMemo<string>(50_000);
const KNOWN_LENGTH = 200;

const slugOf = (text: string): string =>
  foldKey(text)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

export function slug(text: string): string {
  return text.length <= KNOWN_LENGTH ? known.get(text, () => slugOf(text)) : slugOf(text);
}
