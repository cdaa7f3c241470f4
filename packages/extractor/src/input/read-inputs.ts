/**
 * Reading inputs
 * ==============
 * Expands files and directories into articles: `.txt`/`.md` pages (with optional YAML front matter)
 * and `.jsonl` files with one {id, url, title, published, text} per line. Streams: one article in
 * memory at a time. Bad files and lines, entries that are not readable files, and texts that are not
 * articles (input/article-check) come out as InputErrors naming file and line; the rest go on.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';

import { DecodeError, decodeArticleBytes } from '../stages/01-decode/index.js';
import { withoutMarkup } from '../stages/02-front-matter/html.js';
import { splitFrontMatter } from '../stages/02-front-matter/index.js';
import type { RawArticle } from '../types.js';
import { DEFAULT_MAX_ARTICLE_BYTES, notAnArticleReason, tooLargeReason } from './article-check.js';
import { InputError } from './errors.js';

export type InputItem = { article: RawArticle; warnings: string[]; bytes: number } | { error: InputError };

const PAGE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

/** An fs error in words for the summary ("permission denied"), without Node's code and path prefix. */
function fsProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ELOOP: 'a loop of symbolic links',
    ENAMETOOLONG: 'file name too long',
  };
  return (code && words[code]) ?? (error as Error).message;
}

/** What a file-system entry that is neither a regular file nor a folder is, for the summary. */
function kindOf(entry: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (entry.isFIFO()) return 'a named pipe (FIFO)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

type Expanded = { file: string } | { error: InputError };

/**
 * Input files under the given paths. A path named on the command line is read if it is a file (through
 * a symbolic link too) and walked if it is a folder. Inside folders, entries are taken in name order;
 * hidden ones (".git", ".DS_Store") are left out. Everything else that is not a readable article file
 * (unknown extension, broken symbolic link, link to a folder, FIFO, socket, device, unreadable folder)
 * comes out as an error naming it, and the walk goes on.
 */
async function* expandPaths(paths: string[]): AsyncGenerator<Expanded> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield { error: new InputError(path, fsProblem(error)) };
      continue;
    }
    if (info.isFile()) yield { file: path };
    else if (info.isDirectory()) yield* walkFolder(path);
    else yield { error: new InputError(path, `not read: ${kindOf(info)}, not a file or folder of articles`) };
  }
}

async function* walkFolder(folder: string): AsyncGenerator<Expanded> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield { error: new InputError(folder, `folder not read: ${fsProblem(error)}`) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      yield* walkFolder(path);
    } else if (entry.isFile()) {
      yield articleFile(path);
    } else if (entry.isSymbolicLink()) {
      yield await linkedFile(path);
    } else {
      yield { error: new InputError(path, `not read: ${kindOf(entry)}`) };
    }
  }
}

/** A symbolic link inside a folder: followed to a regular file; links to folders are not walked (no cycles). */
async function linkedFile(path: string): Promise<Expanded> {
  let target;
  try {
    target = await stat(path);
  } catch (error) {
    const problem = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its target does not exist' : fsProblem(error);
    return { error: new InputError(path, `not read: broken symbolic link (${problem})`) };
  }
  if (target.isFile()) return articleFile(path);
  if (target.isDirectory()) return { error: new InputError(path, 'not read: symbolic link to a folder (not followed; name the folder itself to read it)') };
  return { error: new InputError(path, `not read: symbolic link to ${kindOf(target)}`) };
}

function articleFile(path: string): Expanded {
  const extension = extname(path).toLowerCase();
  if (PAGE_EXTENSIONS.has(extension) || JSONL_EXTENSIONS.has(extension)) return { file: path };
  return { error: new InputError(path, `skipped: not an article file (${extension || 'no extension'}; expected .txt, .md, .html or .jsonl)`) };
}

async function readPage(file: string, maxArticleBytes: number): Promise<InputItem> {
  try {
    // Checked before reading: a 50 MB dump is refused without holding it in memory.
    const tooLarge = tooLargeReason((await stat(file)).size, maxArticleBytes);
    if (tooLarge) return { error: new InputError(file, tooLarge) };
    const bytes = await readFile(file);
    const decoded = decodeArticleBytes(bytes, file);
    const split = splitFrontMatter(decoded.text);
    const { text, given } = withoutMarkup(split.text, split.given);
    const warnings = split.warnings;
    if (!text.trim()) return { error: new InputError(file, 'no article text after the front matter') };
    const notArticle = notAnArticleReason(text);
    if (notArticle) return { error: new InputError(file, notArticle) };
    return { article: { file: basename(file), origin: file, text, given }, warnings: [...decoded.warnings, ...warnings], bytes: bytes.length };
  } catch (error) {
    if (error instanceof DecodeError) return { error: new InputError(file, error.message.replace(/^extractor\/decode: [^:]*: /, '')) };
    return { error: new InputError(file, fsProblem(error)) };
  }
}

const optionalString = (value: unknown): string | null | undefined =>
  value === undefined ? undefined : value === null ? null : String(value);

/** One JSONL line as an article, or the reason it is not one. */
export function parseJsonlLine(line: string, origin: string, maxArticleBytes = DEFAULT_MAX_ARTICLE_BYTES): InputItem {
  const bytes = Buffer.byteLength(line);
  const tooLarge = tooLargeReason(bytes, maxArticleBytes);
  if (tooLarge) return { error: new InputError(origin, tooLarge) };
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
  // Fields given in the line win over what markup in its text says of itself.
  const page = withoutMarkup(fields.text.normalize('NFC').replace(/\r\n?/g, '\n'), given);
  const notArticle = notAnArticleReason(page.text);
  if (notArticle) return { error: new InputError(origin, notArticle) };
  return { article: { file: String(fields.id), origin, text: page.text, given: page.given }, warnings: [], bytes };
}

async function* readJsonl(file: string, maxArticleBytes: number): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    yield parseJsonlLine(line, `${file} line ${lineNumber}`, maxArticleBytes);
  }
}

export interface ReadOptions {
  /** Larger files and JSONL lines are named and skipped, not read as articles. */
  maxArticleBytes?: number;
}

/** Every article under the given paths, in order, with errors in between. */
export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<InputItem> {
  const maxArticleBytes = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  for await (const entry of expandPaths(paths)) {
    if ('error' in entry) {
      yield entry;
    } else if (JSONL_EXTENSIONS.has(extname(entry.file).toLowerCase())) {
      try {
        yield* readJsonl(entry.file, maxArticleBytes);
      } catch (error) {
        yield { error: new InputError(entry.file, fsProblem(error)) };
      }
    } else {
      yield await readPage(entry.file, maxArticleBytes);
    }
  }
}
