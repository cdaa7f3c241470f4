/**
 * Stage 02: front matter
 * ======================
 * Splits an optional YAML front matter block ("---\nurl: …\n---\n") from the article text. The known
 * keys (url, published, title, source) become explicit metadata that wins over what later stages sniff.
 */
import { parse } from 'yaml';

import type { RawArticle } from '../../types.js';

export interface FrontMatterResult {
  text: string;
  given: RawArticle['given'];
  warnings: string[];
}

const BLOCK = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/** Separate front matter from the body. A malformed block is kept as text, with a warning. */
export function splitFrontMatter(text: string): FrontMatterResult {
  const match = BLOCK.exec(text);
  if (!match) return { text, given: {}, warnings: [] };
  let fields: unknown;
  try {
    fields = parse(match[1] ?? '');
  } catch (error) {
    return { text, given: {}, warnings: [`front matter is not valid YAML (${(error as Error).message.split('\n')[0]}); kept as text`] };
  }
  const record = (fields && typeof fields === 'object' ? fields : {}) as Record<string, unknown>;
  const field = (key: string): string | null | undefined => {
    const value = record[key];
    if (value === undefined) return undefined;
    if (value === null) return null;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return String(value);
  };
  const given: RawArticle['given'] = {};
  for (const key of ['url', 'published', 'title', 'source'] as const) {
    const value = field(key);
    if (value !== undefined) given[key] = value;
  }
  return { text: text.slice(match[0].length), given, warnings: [] };
}
