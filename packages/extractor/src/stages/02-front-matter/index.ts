/**
 * Stage 02: front matter
 * ======================
 * Splits an optional YAML front matter block ("---\nurl: …\n---\n") from the article text. The known
 * keys (url, published, title, source) become explicit metadata that wins over what later stages sniff.
 * Tools that add front matter to a page that has some already stack the blocks: each block is read,
 * the first one to give a key wins.
 */
import { parse } from 'yaml';

import type { RawArticle } from '../../types.js';

export interface FrontMatterResult {
  text: string;
  given: RawArticle['given'];
  warnings: string[];
}

const BLOCK = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/** Separate front matter (one block or several in a row) from the body. A malformed block is kept as text, with a warning. */
export function splitFrontMatter(text: string): FrontMatterResult {
  const result = splitOneBlock(text);
  let given = result.given;
  let body = result.text;
  while (body !== text && !result.warnings.length) {
    const next = splitOneBlock(body.replace(/^\s*\n/, ''));
    if (next.warnings.length || next.text === body.replace(/^\s*\n/, '')) break;
    given = { ...next.given, ...given };
    body = next.text;
  }
  return { ...result, text: body, given };
}

function splitOneBlock(text: string): FrontMatterResult {
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
