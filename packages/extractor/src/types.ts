/**
 * Extractor types
 * ===============
 * The records the extractor writes (the JSONL contract read by the loader and the scorer) and the
 * in-memory shapes that flow between pipeline stages.
 */

export type NodeLabel = 'Person' | 'Position' | 'Organization' | 'Province' | 'Locality' | 'Congress' | 'Resolution' | 'Event';

/** One article as read from disk, before any clean-up. */
export interface RawArticle {
  /** Input base name, or the JSONL id. */
  file: string;
  /** Where it came from, for error messages ("seeds/a.txt", "corpus.jsonl line 12"). */
  origin: string;
  text: string;
  /** Metadata given explicitly (front matter, JSONL fields); wins over what is sniffed from the text. */
  given: { url?: string | null; published?: string | null; title?: string | null; source?: string | null };
}

/** A sentence of the cleaned article text; offsets index into that text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** A located piece of text with the rule that found it. */
export interface Span {
  start: number;
  end: number;
  surface: string;
  rule: string;
  /** A person's short reference ("Phuc", "General Secretary Lâm"): the full name it stands for. */
  name?: string;
}

export interface Evidence {
  article: string;
  quote: string;
  start: number;
  end: number;
  /** The date this sentence observes the fact (HELD_POSITION asOf, ATTENDED date), so dates survive the merge of articles. */
  asOf?: string | null;
  /** HELD_POSITION: when the holding began or ended, where this sentence says (ISO prefix: "2019", "2019-03", "2019-03-21"). */
  since?: string;
  until?: string;
  /** HELD_POSITION: what this sentence says of the holding (current, former, alternate). */
  status?: string;
}

export interface ArticleRecord {
  kind: 'article';
  id: string;
  file: string;
  title: string | null;
  published: string | null;
  url: string | null;
  source: string | null;
  byline: string | null;
  province: string | null;
  /** The language the body reads as: 'vi' or 'en' (kg extract always writes it; older files lack it). */
  language?: 'vi' | 'en';
  /** The cleaned body: evidence `start`/`end` offsets index it, so `text.slice(start, end)` is the quote. */
  text?: string;
}

export interface NodeRecord {
  kind: 'node';
  label: NodeLabel;
  id: string;
  props: Record<string, unknown>;
  articles: string[];
}

export interface EdgeRecord {
  kind: 'edge';
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
  articles: string[];
  evidence: Evidence[];
}

export type GraphRecord = ArticleRecord | NodeRecord | EdgeRecord;
