/**
 * Article ids: "a:" + the input's base name (or JSONL id), so re-extracting the same file gives the
 * same id and a re-ingest replaces that article's facts.
 */
import { slug } from '../text/slug.js';
import type { RawArticle } from '../types.js';

export function articleId(raw: RawArticle): string {
  const base = raw.file.replace(/\.(txt|md|markdown)$/i, '');
  return `a:${slug(base) || 'article'}`;
}
