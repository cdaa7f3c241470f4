/**
 * Graph file reader
 * =================
 * Streams the records of an extraction (JSON Lines, as `kg extract` writes them), checking each line's
 * shape. A bad line is reported with its line number and skipped; the rest of the file is still read.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

import type { GraphRecord } from '@vnkg/extractor';

export const NODE_LABELS = ['Person', 'Position', 'Organization', 'Province', 'Locality', 'Congress', 'Resolution', 'Event'] as const;

/** Relationship types are written into Cypher, so they must look like identifiers. */
const RELATIONSHIP_TYPE = /^[A-Z][A-Z0-9_]{0,63}$/;

/** Properties without their unknown (null) values: a store keeps only what is known, as Neo4j does. */
export const knownProps = (props: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(props).filter(([, value]) => value !== null && value !== undefined));

/** A fact's id: its type and ends ("HELD_POSITION|person:a|position:b"), as both stores key it and Evidence nodes name it. */
export const factId = (edge: { type: string; from: string; to: string }): string => `${edge.type}|${edge.from}|${edge.to}`;

export interface BadLine {
  line: number;
  reason: string;
}

const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The record a line holds, or why it is not one. */
export function parseGraphLine(text: string): GraphRecord | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `not JSON (${(error as Error).message})` };
  }
  if (!isObject(value)) return { error: 'not a JSON object' };
  if (!isString(value.id) && value.kind !== 'edge') return { error: 'missing "id"' };
  switch (value.kind) {
    case 'article':
      return value as unknown as GraphRecord;
    case 'node':
      if (!NODE_LABELS.includes(value.label as (typeof NODE_LABELS)[number])) return { error: `unknown node label ${JSON.stringify(value.label)}` };
      if (!isObject(value.props)) return { error: 'node without "props" object' };
      if (!isStringArray(value.articles)) return { error: 'node "articles" is not a list of article ids' };
      return value as unknown as GraphRecord;
    case 'edge': {
      if (!isString(value.type) || !RELATIONSHIP_TYPE.test(value.type)) return { error: `bad edge type ${JSON.stringify(value.type)}` };
      if (!isString(value.from) || !isString(value.to)) return { error: 'edge without "from" and "to"' };
      if (!isObject(value.props)) return { error: 'edge without "props" object' };
      if (!isStringArray(value.articles)) return { error: 'edge "articles" is not a list of article ids' };
      const evidence = value.evidence;
      if (!Array.isArray(evidence) || !evidence.every((e) => isObject(e) && isString(e.article) && typeof e.quote === 'string' && Number.isInteger(e.start) && Number.isInteger(e.end))) {
        return { error: 'edge "evidence" is not a list of {article, quote, start, end}' };
      }
      return value as unknown as GraphRecord;
    }
    default:
      return { error: `unknown record kind ${JSON.stringify(value.kind)}` };
  }
}

const LEADING_KIND = /^\{"kind":"(article|node|edge)"/;

/**
 * Every good record of the file, in order; bad lines go to onBadLine. Blank lines are skipped
 * silently. With `only`, records of other kinds are skipped, and lines that begin with another kind
 * (as kg extract writes them) are not even parsed: the loader reads the file once per kind.
 */
export async function* readGraphFile(path: string, onBadLine: (bad: BadLine) => void, only?: GraphRecord['kind']): AsyncGenerator<GraphRecord> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const text of lines) {
    lineNumber += 1;
    const leadingKind = LEADING_KIND.exec(text)?.[1];
    if (only && leadingKind && leadingKind !== only) continue;
    if (text.trim() === '') continue;
    const parsed = parseGraphLine(text);
    if ('error' in parsed) onBadLine({ line: lineNumber, reason: parsed.error });
    // JSON.parse keeps the last of two "kind" keys; the skip above and scanGraphFile read the first.
    else if (leadingKind && parsed.kind !== leadingKind) onBadLine({ line: lineNumber, reason: `"kind" given twice (${leadingKind}, then ${parsed.kind})` });
    else if (!only || parsed.kind === only) yield parsed;
  }
}

/** The order in which the loader writes records: an edge's endpoints, and an article's retraction, come first. */
export const KIND_ORDER = ['article', 'node', 'edge'] as const;

export interface GraphFileScan {
  /** Lines in the file (for progress and ETA). */
  lines: number;
  /** Whether the records come kind by kind in KIND_ORDER, as kg extract writes them (blank lines aside). */
  kindOrdered: boolean;
}

/** Enough of a line's start to read its leading kind ('{"kind":"article"'). */
const HEAD_BYTES = 17;

/**
 * Counts the lines and checks their order by each line's first bytes, without decoding the file.
 * A line whose kind is not at its start (another writer, a broken line) makes the order unknown, and
 * so does a carriage return alone: readGraphFile ends a line there too, so its lines are not these.
 */
export async function scanGraphFile(path: string): Promise<GraphFileScan> {
  let lines = 0;
  let rank = 0;
  let kindOrdered = true;
  let head = '';
  let lineBytes = 0;
  const endLine = () => {
    const kind = LEADING_KIND.exec(head)?.[1] as (typeof KIND_ORDER)[number] | undefined;
    if (kind) {
      const kindRank = KIND_ORDER.indexOf(kind);
      if (kindRank < rank) kindOrdered = false;
      rank = Math.max(rank, kindRank);
    } else if (head.trim() !== '' || lineBytes > head.length) {
      kindOrdered = false;
    }
    head = '';
    lineBytes = 0;
  };
  let endsInCarriageReturn = false; // the last chunk did: its line break is \r\n only if this one starts with \n
  for await (const chunk of createReadStream(path)) {
    const bytes = chunk as Buffer;
    if (endsInCarriageReturn && bytes[0] !== 10) kindOrdered = false;
    for (let cr = bytes.indexOf(13); cr !== -1 && cr + 1 < bytes.length; cr = bytes.indexOf(13, cr + 1)) {
      if (bytes[cr + 1] !== 10) kindOrdered = false;
    }
    endsInCarriageReturn = bytes[bytes.length - 1] === 13;
    for (let start = 0; ; ) {
      const newline = bytes.indexOf(10, start);
      const end = newline === -1 ? bytes.length : newline;
      if (head.length < HEAD_BYTES) head += bytes.toString('latin1', start, Math.min(end, start + HEAD_BYTES - head.length));
      lineBytes += end - start;
      if (newline === -1) break;
      lines += 1;
      endLine();
      start = newline + 1;
    }
  }
  if (lineBytes > 0) {
    lines += 1; // a last line without its newline
    endLine();
  }
  return { lines, kindOrdered };
}
