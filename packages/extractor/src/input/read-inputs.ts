/**
 * Reading inputs
 * ==============
 * Expands files and directories into articles: `.txt`/`.md` pages (with optional YAML front matter)
 * and `.jsonl` files with one {id, url, title, published, text} per line. Streams: one article in
 * memory at a time. Bad files and lines come out as InputErrors naming file and line; the rest go on.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';

import { DecodeError, decodeArticleBytes } from '../stages/01-decode/index.js';
import { splitFrontMatter } from '../stages/02-front-matter/index.js';
import type { RawArticle } from '../types.js';
import { InputError } from './errors.js';

export type InputItem = { article: RawArticle; warnings: string[]; bytes: number } | { error: InputError };

const PAGE_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

/** Input files under the given paths, sorted; unknown extensions inside directories are reported. */
async function* expandPaths(paths: string[]): AsyncGenerator<{ file: string } | { error: InputError }> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      yield { error: new InputError(path, 'no such file or directory') };
      continue;
    }
    if (info.isFile()) {
      yield { file: path };
      continue;
    }
    const entries = (await readdir(path, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    for (const file of entries) {
      const extension = extname(file).toLowerCase();
      if (PAGE_EXTENSIONS.has(extension) || JSONL_EXTENSIONS.has(extension)) yield { file };
      else if (!basename(file).startsWith('.')) yield { error: new InputError(file, `skipped: not an article file (${extension || 'no extension'}; expected .txt, .md or .jsonl)`) };
    }
  }
}

async function readPage(file: string): Promise<InputItem> {
  try {
    const bytes = await readFile(file);
    const decoded = decodeArticleBytes(bytes, file);
    const { text, given, warnings } = splitFrontMatter(decoded.text);
    if (!text.trim()) return { error: new InputError(file, 'no article text after the front matter') };
    return { article: { file: basename(file), origin: file, text, given }, warnings: [...decoded.warnings, ...warnings], bytes: bytes.length };
  } catch (error) {
    if (error instanceof DecodeError) return { error: new InputError(file, error.message.replace(/^extractor\/decode: [^:]*: /, '')) };
    return { error: new InputError(file, (error as Error).message) };
  }
}

const optionalString = (value: unknown): string | null | undefined =>
  value === undefined ? undefined : value === null ? null : String(value);

/** One JSONL line as an article, or the reason it is not one. */
export function parseJsonlLine(line: string, origin: string): InputItem {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { error: new InputError(origin, `malformed JSON (${(error as Error).message})`) };
  }
  if (!record || typeof record !== 'object' || Array.isArray(record)) return { error: new InputError(origin, 'expected a JSON object') };
  const fields = record as Record<string, unknown>;
  if (typeof fields.text !== 'string' || !fields.text.trim()) return { error: new InputError(origin, 'missing or empty "text"') };
  if (fields.id === undefined || fields.id === null || String(fields.id).trim() === '') return { error: new InputError(origin, 'missing "id"') };
  const given: RawArticle['given'] = {};
  for (const key of ['url', 'published', 'title', 'source'] as const) {
    const value = optionalString(fields[key]);
    if (value !== undefined) given[key] = value;
  }
  const text = fields.text.normalize('NFC').replace(/\r\n?/g, '\n');
  return { article: { file: String(fields.id), origin, text, given }, warnings: [], bytes: Buffer.byteLength(line) };
}

async function* readJsonl(file: string): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    yield parseJsonlLine(line, `${file} line ${lineNumber}`);
  }
}

/** Every article under the given paths, in order, with errors in between. */
export async function* readInputs(paths: string[]): AsyncGenerator<InputItem> {
  for await (const entry of expandPaths(paths)) {
    if ('error' in entry) {
      yield entry;
    } else if (JSONL_EXTENSIONS.has(extname(entry.file).toLowerCase())) {
      try {
        yield* readJsonl(entry.file);
      } catch (error) {
        yield { error: new InputError(entry.file, (error as Error).message) };
      }
    } else {
      yield await readPage(entry.file);
    }
  }
}
