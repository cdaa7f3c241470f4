/**
 * An HTML page as text
 * ====================
 * A saved web page (`.html`), or markup left inside a page or a JSONL `text` field, is read as what
 * a browser would show: the elements that never hold article text go (scripts, styles, the head,
 * forms), block elements end lines, other tags vanish, character references become characters. What
 * the page says about itself in its head (title, publication time, canonical address, site name)
 * becomes given metadata, as front matter does. The words are data: lexicons/html.json.
 */
import { readLexiconJson } from '../../lexicon/word-lists.js';
import type { RawArticle } from '../../types.js';

interface HtmlLexicon {
  dropElements: string[];
  lineElements: string[];
  meta: Record<'title' | 'published' | 'url' | 'source', string[]>;
  entities: Record<string, string>;
}

const HTML = readLexiconJson<HtmlLexicon>('html.json');
const DROP = new RegExp(`<(${HTML.dropElements.join('|')})\\b[^>]*>[\\s\\S]*?</\\1\\s*>`, 'giu');
const LINE_TAG = new RegExp(`</?(?:${HTML.lineElements.join('|')})\\b[^>]*>`, 'giu');
const ANY_TAG = /<\/?[a-z][\w:-]*\b[^>]*>|<![^>]*>/giu;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/gu;
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z][a-zA-Z\d]{1,31}));/gu;
// Markup, not prose that mentions a tag: two or more of the elements pages are built of.
const MARKUP = /<\/?(?:p|div|br|span|html|body|article|section|h[1-6]|li|ul|table|tr|td|a|strong|em|b|i|img|figure)\b[^>]*>/giu;

/** Whether a text is (or holds) HTML markup rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  let count = 0;
  for (const _ of text.matchAll(MARKUP)) if (++count >= 2) return true;
  return false;
}

/** Character references (&amp;, &eacute;, &#7893;, &#x1EA1;) as the characters they stand for; unknown ones stay. */
export function decodeCharacterReferences(text: string): string {
  return text.replace(REFERENCE, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return HTML.entities[name] ?? whole;
    const code = decimal ? Number(decimal) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** An attribute's value in one tag, character references decoded. */
function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'iu').exec(tag);
  const value = match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
  return value === null ? null : decodeCharacterReferences(value).trim();
}

/** What the page's meta and link tags say of it. */
function headMetadata(html: string): RawArticle['given'] {
  const metas = [...html.matchAll(/<meta\b[^>]*>/giu)].map((m) => m[0]);
  const metaValue = (names: string[]): string | null => {
    for (const name of names) {
      const tag = metas.find((m) => [attribute(m, 'property'), attribute(m, 'name'), attribute(m, 'itemprop')].some((v) => v?.toLowerCase() === name.toLowerCase()));
      const content = tag ? attribute(tag, 'content') : null;
      if (content) return content;
    }
    return null;
  };
  const canonical = [...html.matchAll(/<link\b[^>]*>/giu)].map((m) => m[0]).find((tag) => attribute(tag, 'rel')?.toLowerCase() === 'canonical');
  const titleElement = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/iu.exec(html)?.[1];
  // A page's <time datetime> is its date when the head does not say.
  const time = /<time\b[^>]*>/iu.exec(html)?.[0];
  const given: RawArticle['given'] = {};
  const title = metaValue(HTML.meta.title) ?? (titleElement ? decodeCharacterReferences(titleElement.replace(ANY_TAG, '')).replace(/\s+/g, ' ').trim() : null);
  const published = metaValue(HTML.meta.published) ?? (time ? attribute(time, 'datetime') : null);
  const url = (canonical ? attribute(canonical, 'href') : null) ?? metaValue(HTML.meta.url);
  const source = metaValue(HTML.meta.source);
  if (title) given.title = title;
  if (published) given.published = published;
  if (url && /^https?:\/\//iu.test(url)) given.url = url;
  if (source) given.source = source;
  return given;
}

/** The page as text (one paragraph per line) and what its head says of it. */
export function readHtmlPage(html: string): { text: string; given: RawArticle['given'] } {
  const given = headMetadata(html);
  const body = html
    .replace(COMMENT, ' ')
    .replace(DROP, '\n')
    .replace(LINE_TAG, '\n')
    .replace(ANY_TAG, '');
  const text = decodeCharacterReferences(body)
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/gu, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return { text, given };
}

/** Text as plain text: markup read as a page would show it, its head's metadata under what is given already. */
export function withoutMarkup(text: string, given: RawArticle['given']): { text: string; given: RawArticle['given'] } {
  if (!looksLikeHtml(text)) return { text, given };
  const page = readHtmlPage(text);
  return { text: page.text, given: { ...page.given, ...given } };
}
