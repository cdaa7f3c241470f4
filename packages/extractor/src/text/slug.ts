/**
 * Id slugs: the comparison form of a name as an id part ("Lê Minh Hưng" → "lê-minh-hưng"). Diacritics
 * stay, because "Hòa" and "Hoa" are different names; tone placement and case do not matter.
 */
import { foldKey } from './normalize.js';

export function slug(text: string): string {
  return foldKey(text)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
