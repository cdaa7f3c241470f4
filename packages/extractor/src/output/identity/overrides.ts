/**
 * Identity overrides
 * ==================
 * A researcher's decisions on who is who, kept in a JSON file beside the corpus so they survive every
 * re-extraction (and, through it, every re-ingest into Neo4j):
 *
 *   {
 *     "same":     [{ "name": "Nguyễn Văn A", "articles": ["a:x", "a:y"], "note": "why" }],
 *     "distinct": [{ "name": "Nguyễn Văn A", "articles": ["a:z"], "from": ["a:x"], "note": "why" }]
 *   }
 *
 * `same`: the name's mentions in these articles are one person, whatever their facts. `distinct`: its
 * mentions in `articles` are not the person of its mentions in `from`. Names match with or without
 * diacritics; article ids are those of the extraction (`a:` + file name or JSONL id). A bad file is
 * refused with its name and the place of the fault: silently ignoring a decision would undo a
 * researcher's work.
 */
import { readFileSync } from 'node:fs';

import type { IdentityDecisions } from './identity.js';

export class IdentityFileError extends Error {}

/** The decisions of an override file; throws IdentityFileError naming the file and the fault. */
export function readIdentityDecisions(path: string): IdentityDecisions {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new IdentityFileError(`${path}: cannot read the identity file: ${(error as Error).message}`);
  }
  return parseIdentityDecisions(text, path);
}

/** Parse and check an override file's text; `origin` names it in errors. */
export function parseIdentityDecisions(text: string, origin: string): IdentityDecisions {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const offset = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = offset === undefined ? '' : ` line ${text.slice(0, Number(offset)).split('\n').length}:`;
    throw new IdentityFileError(`${origin}:${line} not valid JSON: ${(error as Error).message}`);
  }
  const fail = (where: string, what: string): never => {
    throw new IdentityFileError(`${origin}: ${where} ${what}`);
  };
  if (!isObject(data)) return fail('the file', 'must hold an object with "same" and/or "distinct" lists');
  for (const key of Object.keys(data)) if (key !== 'same' && key !== 'distinct' && !key.startsWith('_')) fail(`"${key}"`, 'is not a known key (use "same", "distinct", or a "_comment")');
  const list = (key: 'same' | 'distinct'): Record<string, unknown>[] => {
    const value = data[key] ?? [];
    if (!Array.isArray(value)) return fail(`"${key}"`, 'must be a list');
    return value.map((entry, i) => (isObject(entry) ? entry : fail(`${key}[${i}]`, 'must be an object')));
  };
  const articles = (entry: Record<string, unknown>, where: string, field: string, least: number): string[] => {
    const value = entry[field];
    if (!Array.isArray(value) || value.length < least || !value.every((a) => typeof a === 'string' && a.trim() !== '')) fail(`${where}.${field}`, `must list at least ${least} article id${least > 1 ? 's' : ''} (such as "a:page-12")`);
    return (value as string[]).map((a) => a.trim());
  };
  const name = (entry: Record<string, unknown>, where: string): string => (typeof entry.name === 'string' && entry.name.trim() ? entry.name.normalize('NFC').trim() : fail(`${where}.name`, 'must be the person’s name'));
  const note = (entry: Record<string, unknown>): { note?: string } => (typeof entry.note === 'string' && entry.note ? { note: entry.note } : {});
  return {
    same: list('same').map((entry, i) => ({ name: name(entry, `same[${i}]`), articles: articles(entry, `same[${i}]`, 'articles', 2), ...note(entry) })),
    distinct: list('distinct').map((entry, i) => ({
      name: name(entry, `distinct[${i}]`),
      articles: articles(entry, `distinct[${i}]`, 'articles', 1),
      from: articles(entry, `distinct[${i}]`, 'from', 1),
      ...note(entry),
    })),
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
