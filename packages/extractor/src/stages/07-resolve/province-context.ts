/**
 * Which province an article is about: the province its body names most often (the title counts
 * double), else the one its source site belongs to (a provincial newspaper in the URL), else null.
 */
import { provinceFromUrl } from '../../lexicon/provinces.js';

export interface ProvinceMentionLike {
  start: number;
  name: string;
}

export function articleProvince(mentions: ProvinceMentionLike[], titleEnd: number, url: string | null): { name: string | null; from: 'text' | 'url' | null } {
  const weight = new Map<string, number>();
  for (const m of mentions) weight.set(m.name, (weight.get(m.name) ?? 0) + (m.start < titleEnd ? 2 : 1));
  let best: string | null = null;
  for (const m of mentions) {
    if (best === null || weight.get(m.name)! > weight.get(best)!) best = m.name;
  }
  if (best) return { name: best, from: 'text' };
  const fromUrl = url ? provinceFromUrl(url) : null;
  return { name: fromUrl, from: fromUrl ? 'url' : null };
}
